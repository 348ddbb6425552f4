#pragma once

#include <QDate>
#include <QDateTime>
#include <QRegularExpressionMatch>
#include <QString>

// Dates as spreadsheets write them: ISO (2021-12-21, 2021/12/21), the slashed forms of
// Excel and LibreOffice in the file's locale (12/21/2021, 21/12/2021, 12/21/21), the
// dotted day-first form (21.12.2021), each with or without a time after it ("12/21/2021
// 14:30", "2021-12-21T00:00:00", "12/21/2021 2:30 PM"): parse() drops the time,
// parseMoment() keeps it.
//
// Whether 03/04/2021 is the 3rd of April or March 4 is decided for the whole file, as a
// spreadsheet writes every date of a file in one locale: every slashed date is observed
// first; one with a first number over 12 makes the file day-first, one with a second
// number over 12 month-first. A file with neither is ambiguous and needs the order
// from the person; a file with both is refused (its dates mean different things).
class SpreadsheetDates
{
public:
    enum class Order
    {
        Unknown,
        DayFirst,
        MonthFirst
    };

    // The order the person chose, used when the file does not tell; Unknown to detect.
    explicit SpreadsheetDates(Order chosen = Order::Unknown) : m_chosen(chosen) {}

    // One value of a date column, during the first pass over the file.
    void observe(const QString &text, int line);
    // After observing: the order in use (the file's, else the person's), or Unknown.
    Order order() const;
    // Slashed dates were seen but none tells the order, and the person chose none.
    bool needsOrder() const { return order() == Order::Unknown && !m_ambiguousExample.isEmpty(); }
    QString ambiguousExample() const { return m_ambiguousExample; }
    // Both orders were seen: a message naming one date of each, else "".
    QString conflict() const;

    // The date; an invalid QDate for an empty cell. Throws ValidationError (for field)
    // when the text is no date in the forms above or in the file's order.
    QDate parse(const QString &text, const QString &field) const;

    // A date with its time, for an event's start or end: a time with Z or an offset
    // (Coalition's own export, 2021-12-30T23:30:00Z) is that instant; a time without one
    // is the laptop's local time, as a spreadsheet means it. dateOnly is set when the
    // cell has no time (an all-day event's day); at is then local midnight. An empty
    // cell gives an invalid at. Throws ValidationError as parse() does, and for a time
    // that is not one (25:00).
    struct Moment
    {
        QDateTime at;
        bool dateOnly = false;
    };
    Moment parseMoment(const QString &text, const QString &field) const;

private:
    // The date of text, with the match that found it (its time groups for parseMoment).
    QDate parsed(const QString &text, const QString &field, QRegularExpressionMatch &match) const;

    Order m_chosen;
    QString m_ambiguousExample;
    QString m_dayFirstExample; // "line 4: 21/12/2021"
    QString m_monthFirstExample;
};
