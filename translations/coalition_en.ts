<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaPrinter</name>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open action item</numerusform>
            <numerusform>%n open action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message numerus="yes">
        <source>%1 of %n action item(s) done</source>
        <translation>
            <numerusform>%1 of %n action item done</numerusform>
            <numerusform>%1 of %n action items done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoalitionGridModel</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n open action item</numerusform>
            <numerusform>%n open action items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoalitionGridPage</name>
    <message numerus="yes">
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n row was rejected; nothing was imported.</numerusform>
            <numerusform>%n rows were rejected; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) read from the alert; nothing added (--dry-run).</source>
        <translation>
            <numerusform>%n draft read from the alert; nothing added (--dry-run).</numerusform>
            <numerusform>%n drafts read from the alert; nothing added (--dry-run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the Inbox from the alert.</source>
        <translation>
            <numerusform>%n draft in the Inbox from the alert.</numerusform>
            <numerusform>%n drafts in the Inbox from the alert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>Copied %n email address(es) for a BCC line.</source>
        <translation>
            <numerusform>Copied %n email address for a BCC line.</numerusform>
            <numerusform>Copied %n email addresses for a BCC line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>%n open action item(s) due</source>
        <translation>
            <numerusform>%n open action item due</numerusform>
            <numerusform>%n open action items due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxBadge</name>
    <message numerus="yes">
        <source>%1, %n draft(s) waiting</source>
        <translation>
            <numerusform>%1, %n draft waiting</numerusform>
            <numerusform>%1, %n drafts waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%n draft(s) from the alert in the Inbox.</source>
        <translation>
            <numerusform>%n draft from the alert in the Inbox.</numerusform>
            <numerusform>%n drafts from the alert in the Inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n record(s) that refer to it (people, action items, partnerships) move to the one that stays.</source>
        <translation>
            <numerusform>%n record that refers to it (people, action items, partnerships) moves to the one that stays.</numerusform>
            <numerusform>%n records that refer to it (people, action items, partnerships) move to the one that stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerFeedFetch</name>
    <message numerus="yes">
        <source>%n feed(s) read</source>
        <translation>
            <numerusform>%n feed read</numerusform>
            <numerusform>%n feeds read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new entry(s)</source>
        <translation>
            <numerusform>%n new entry</numerusform>
            <numerusform>%n new entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) in the Inbox.</source>
        <translation>
            <numerusform>%n draft in the Inbox.</numerusform>
            <numerusform>%n drafts in the Inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failed:</source>
        <translation>
            <numerusform>%n feed failed:</numerusform>
            <numerusform>%n feeds failed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message numerus="yes">
        <source>…and %n more open.</source>
        <translation>
            <numerusform>…and %n more open.</numerusform>
            <numerusform>…and %n more open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordSnapshot</name>
    <message numerus="yes">
        <source>%n partner link(s)</source>
        <translation>
            <numerusform>%n partner link</numerusform>
            <numerusform>%n partner links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s)</source>
        <translation>
            <numerusform>%n action item</numerusform>
            <numerusform>%n action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTerminalText</name>
    <message numerus="yes">
        <source>, %n open item(s)</source>
        <translation>
            <numerusform>, %n open item</numerusform>
            <numerusform>, %n open items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n conflict</numerusform>
            <numerusform>, %n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
