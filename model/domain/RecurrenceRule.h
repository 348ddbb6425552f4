#pragma once

#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

// A repeating action item's rule: an RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=TU",
// "FREQ=MONTHLY;BYDAY=1MO;COUNT=6", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20220630"), read and
// expanded by libical; nothing here counts days by hand. A series is a rule and the day
// it starts (DTSTART as a date); its occurrences are days.
class RecurrenceRule
{
public:
    // The rule in text; throws ValidationError (for field) when libical cannot read it
    // or it repeats more often than daily (hourly and finer rules are not action items).
    static RecurrenceRule fromText(const QString &text,
                                   const QString &field = QStringLiteral("recurrence"));
    static bool isValid(const QString &text);

    // libical's own spelling of the rule, what is stored.
    QString text() const { return m_text; }

    // The series' days on or after from, at most count of them (fewer once the rule ends).
    QVector<QDate> occurrences(const QDate &start, const QDate &from, int count) const;
    // The first day of the series on or after from that is not in settled (days done or
    // skipped); an invalid QDate once the series has ended.
    QDate nextOpen(const QDate &start, const QDate &from, const QSet<QDate> &settled) const;

    // "every week on Tuesday", "every 2 weeks on Tuesday, until 30 June 2022", "every
    // month on the first Monday, 6 times": for people, in the window's language.
    QString describe() const;

    // What became of an occurrence ("done", "skipped"; "" when taken back) is a field of
    // its own with no column, "occurrence:2021-12-07" (docs/recurrence.md): these name it.
    static QString occurrenceField(const QDate &day);
    static QDate occurrenceDay(const QString &field); // invalid for any other field
    static QString fieldPrefix() { return QStringLiteral("occurrence:"); }

private:
    explicit RecurrenceRule(QString text) : m_text(std::move(text)) {}

    QString m_text;
};
