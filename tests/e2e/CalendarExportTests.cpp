// coalition export ics / vcf as a real process, read back with Debian's
// python3-icalendar and python3-vobject.
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

void coalition(const QStringList &arguments)
{
    const ProcessRun run = runCoalition(arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QJsonDocument python(const char *script, const QString &path)
{
    QProcess process;
    process.start(QStringLiteral(COALITION_PYTHON),
                  {QStringLiteral("-c"), QString::fromLatin1(script), path});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput());
}

const char *readCalendar = R"(import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for c in cal.walk():
    if c.name not in ('VTODO', 'VEVENT'):
        continue
    due = c.get('DUE')
    start = c.get('DTSTART')
    end = c.get('DTEND')
    out.append({'kind': c.name, 'uid': str(c.get('UID')), 'summary': str(c.get('SUMMARY')),
                'description': str(c.get('DESCRIPTION', '')), 'status': str(c.get('STATUS')),
                'due': due.dt.isoformat() if due else '', 'start': start.dt.isoformat() if start else '',
                'end': end.dt.isoformat() if end else '',
                'categories': [str(x) for x in c.get('CATEGORIES').cats] if c.get('CATEGORIES') else [],
                'priority': int(c.get('PRIORITY'))})
json.dump(out, sys.stdout)
)";

const char *readCards = R"(import json, sys, vobject
out = []
for card in vobject.readComponents(open(sys.argv[1], encoding='utf-8').read()):
    out.append({'fn': card.fn.value, 'family': card.n.value.family, 'given': card.n.value.given,
                'email': card.email.value if hasattr(card, 'email') else '',
                'org': card.org.value[0] if hasattr(card, 'org') else '',
                'note': card.note.value if hasattr(card, 'note') else '',
                'uid': card.uid.value})
json.dump(out, sys.stdout)
)";

QJsonObject byField(const QJsonDocument &document, const char *field, const QString &value)
{
    for (const QJsonValue &entry : document.array()) {
        if (entry.toObject().value(QLatin1String(field)).toString() == value)
            return entry.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("Deadlines export as iCalendar that Python's icalendar reads - with stable UIDs",
          "[export]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    auto campaign =
        *CampaignRepository(*t.database).findByIdOrName(QStringLiteral("Pathway to Citizenship"));
    campaign.name = QStringLiteral("Pathway to Citizenship, now; for all");
    CampaignRepository(*t.database).update(campaign);
    ActionItem hostile;
    hostile.title =
        QStringLiteral("Phone bank; bring snacks, water \\ and chargers — a very long title "
                       "that goes on past seventy-five octets 🙏🏽🙏🏽");
    hostile.notes = QStringLiteral("Line one\nLine two, with a comma");
    hostile.campaignId = campaign.id;
    hostile.dueDate = QDate(2021, 12, 20);
    hostile.priority = QStringLiteral("urgent");
    hostile = ActionItemRepository(*t.database).create(hostile);
    ActionItem vigil;
    vigil.title = QStringLiteral("Candlelight vigil");
    vigil.eventStart = QDateTime(QDate(2021, 12, 30), QTime(23, 30), Qt::UTC);
    vigil.eventEnd = QDateTime(QDate(2021, 12, 31), QTime(1, 0), Qt::UTC);
    vigil = ActionItemRepository(*t.database).create(vigil);
    ActionItem week;
    week.title = QStringLiteral("Week of action for the Excluded Workers Fund");
    week.allDay = true;
    week.eventStart = QDateTime(QDate(2021, 3, 1), QTime(0, 0), Qt::UTC);
    week.eventEnd = QDateTime(QDate(2021, 3, 5), QTime(0, 0), Qt::UTC);
    week = ActionItemRepository(*t.database).create(week);
    const int items = ActionItemRepository(*t.database).count();
    t.close();

    const QString first = t.file(QStringLiteral("first.ics"));
    const QString second = t.file(QStringLiteral("second.ics"));
    coalition({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), t.path(),
               QStringLiteral("--out"), first});
    coalition({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"), t.path(),
               QStringLiteral("--out"), second});
    const QJsonDocument calendar = python(readCalendar, first);
    CHECK(calendar.array().size() == items);

    const QJsonObject todo = byField(calendar, "uid", hostile.id + QStringLiteral("@coalition"));
    REQUIRE_FALSE(todo.isEmpty());
    CHECK(todo.value(QLatin1String("kind")).toString() == QLatin1String("VTODO"));
    CHECK(todo.value(QLatin1String("summary")).toString() == hostile.title);
    CHECK(todo.value(QLatin1String("description")).toString().endsWith(hostile.notes));
    CHECK(todo.value(QLatin1String("due")).toString() == QLatin1String("2021-12-20"));
    CHECK(todo.value(QLatin1String("priority")).toInt() == 1);
    CHECK(todo.value(QLatin1String("status")).toString() == QLatin1String("NEEDS-ACTION"));
    // The campaign is one category, its comma and semicolon escaped (RFC 5545 3.3.11).
    // Debian's icalendar 4.0.3 splits CATEGORIES at escaped commas, so read the line itself.
    QFile file(first);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString unfolded = QString::fromUtf8(file.readAll()).remove(QStringLiteral("\r\n "));
    CHECK(unfolded.contains(
        QStringLiteral("CATEGORIES:Pathway to Citizenship\\, now\\; for all\r\n")));
    file.seek(0);
    for (const QByteArray &line : file.readAll().split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR

    const QJsonObject event = byField(calendar, "uid", vigil.id + QStringLiteral("@coalition"));
    CHECK(event.value(QLatin1String("kind")).toString() == QLatin1String("VEVENT"));
    CHECK(event.value(QLatin1String("start")).toString() ==
          QLatin1String("2021-12-30T23:30:00+00:00"));
    CHECK(event.value(QLatin1String("end")).toString() ==
          QLatin1String("2021-12-31T01:00:00+00:00"));
    // Whole days as dates (DTEND is the day after the last, RFC 5545 3.6.1).
    const QJsonObject days = byField(calendar, "uid", week.id + QStringLiteral("@coalition"));
    CHECK(days.value(QLatin1String("kind")).toString() == QLatin1String("VEVENT"));
    CHECK(days.value(QLatin1String("start")).toString() == QLatin1String("2021-03-01"));
    CHECK(days.value(QLatin1String("end")).toString() == QLatin1String("2021-03-06"));

    // Same records, same UIDs: a calendar re-import updates instead of duplicating.
    QStringList firstUids, secondUids;
    for (const QJsonValue &entry : calendar.array())
        firstUids << entry.toObject().value(QLatin1String("uid")).toString();
    for (const QJsonValue &entry : python(readCalendar, second).array())
        secondUids << entry.toObject().value(QLatin1String("uid")).toString();
    CHECK(firstUids == secondUids);
}

TEST_CASE("Contacts export as vCard 4.0 that Python's vobject reads", "[export]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Contact person;
    person.name = QStringLiteral("María José Ñúñez");
    person.email = QStringLiteral("mj@example.org");
    person.role = QStringLiteral("Organizer; translator");
    person.notes = QStringLiteral("Speaks Spanish, Tagalog\nPrefers Signal");
    person.organizationId =
        SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("HANA Center"));
    person = ContactRepository(*t.database).create(person);
    const int contacts = ContactRepository(*t.database).count();
    t.close();

    const QString path = t.file(QStringLiteral("contacts.vcf"));
    coalition({QStringLiteral("export"), QStringLiteral("vcf"), QStringLiteral("--db"), t.path(),
               QStringLiteral("--out"), path});
    const QJsonDocument cards = python(readCards, path);
    CHECK(cards.array().size() == contacts);
    const QJsonObject card = byField(cards, "fn", person.name);
    REQUIRE_FALSE(card.isEmpty());
    CHECK(card.value(QLatin1String("family")).toString() == QStringLiteral("Ñúñez"));
    CHECK(card.value(QLatin1String("given")).toString() == QStringLiteral("María José"));
    CHECK(card.value(QLatin1String("email")).toString() == person.email);
    CHECK(card.value(QLatin1String("org")).toString() == QLatin1String("HANA Center"));
    CHECK(card.value(QLatin1String("note")).toString() == person.notes);
    CHECK(card.value(QLatin1String("uid")).toString() == QStringLiteral("urn:uuid:") + person.id);
    CHECK(
        byField(cards, "fn", QStringLiteral("Afshana")).value(QLatin1String("given")).toString() ==
        QLatin1String("Afshana"));
}

TEST_CASE("The demo's vigil and weekly call read back as events - the call repeating in New "
          "York time across daylight saving",
          "[export]")
{
    TestDatabase t;
    t.close();
    coalition({QStringLiteral("demo"), QStringLiteral("--db"), t.path()});
    const QString path = t.file(QStringLiteral("demo.ics"));
    const ProcessRun run =
        runCoalition({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--db"),
                      t.path(), QStringLiteral("--out"), path},
                     {QStringLiteral("TZ=America/New_York")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The vigil's start, and the call's first occurrences as a calendar expands them
    // (dateutil, which icalendar's rules use), in UTC.
    const char *expand = R"(import icalendar, json, sys, datetime, dateutil.rrule, zoneinfo
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {}
for e in cal.walk('VEVENT'):
    title = str(e.get('SUMMARY'))
    start = e.get('DTSTART').dt
    if title.startswith('Attend a vigil'):
        out['vigil'] = [start.astimezone(datetime.timezone.utc).isoformat(),
                        e.get('DTEND').dt.astimezone(datetime.timezone.utc).isoformat()]
    if title.startswith('Join the coalition'):
        out['zone'] = str(start.tzinfo)
        # icalendar hands a pytz zone, which dateutil's arithmetic does not move across
        # daylight saving; the same zone from Python's own zoneinfo does.
        start = start.replace(tzinfo=zoneinfo.ZoneInfo(str(start.tzinfo)))
        rule = dateutil.rrule.rrulestr(e.get('RRULE').to_ical().decode(), dtstart=start)
        days = list(rule.between(start, start + datetime.timedelta(days=120), inc=True))
        out['call'] = [d.astimezone(datetime.timezone.utc).isoformat() for d in days]
json.dump(out, sys.stdout)
)";
    const QJsonObject read = python(expand, path).object();
    CHECK(read.value(QLatin1String("vigil")).toArray() ==
          QJsonArray{QStringLiteral("2021-12-30T23:00:00+00:00"),
                     QStringLiteral("2021-12-31T00:30:00+00:00")});
    CHECK(read.value(QLatin1String("zone")).toString().contains(QLatin1String("New_York")));
    const QJsonArray call = read.value(QLatin1String("call")).toArray();
    REQUIRE(call.size() > 14);
    CHECK(call.first().toString() == QLatin1String("2021-12-21T23:00:00+00:00"));
    // 15 March 2022, after clocks went forward: still 6:00 PM in New York, 22:00 UTC.
    CHECK(call.at(12).toString() == QLatin1String("2022-03-15T22:00:00+00:00"));
}
