#include "model/interop/csv/SpreadsheetDates.h"

#include "model/domain/ValidationError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// A date, then optionally a time: "T14:30", " 14:30:00", " 2:30 PM", "Z", "+02:00".
// Named groups, so the date's numbered ones stay 1 to 4.
const QString timeTail = QStringLiteral(
    "(?:[T ](?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d+)?)?\\s*"
    "(?<half>[AaPp])?(?:\\.?[Mm]\\.?)?(?<zone>Z|[+-]\\d{2}:?\\d{2})?)?");

// The time a matched cell gives, on date: local unless the cell names a zone; invalid
// when the numbers are no time of day.
QDateTime withTime(const QDate &date, const QRegularExpressionMatch &match)
{
    int hour = match.captured(QStringLiteral("hour")).toInt();
    const QString half = match.captured(QStringLiteral("half")).toLower();
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    const QTime time(hour, match.captured(QStringLiteral("minute")).toInt(),
                     match.captured(QStringLiteral("second")).toInt());
    if (!time.isValid())
        return {};
    const QString zone = match.captured(QStringLiteral("zone"));
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    const QString digits = QString(zone).remove(QLatin1Char(':'));
    const int offset = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
    return QDateTime(date, time, Qt::OffsetFromUTC,
                     digits.startsWith(QLatin1Char('-')) ? -offset : offset);
}

const QRegularExpression &isoShape()
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})") +
                                          timeTail + QStringLiteral("$"));
    return shape;
}

// 12/21/2021, 21-12-2021, 12/21/21: the order of the first two numbers is the file's.
const QRegularExpression &slashedShape()
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})") + timeTail +
        QStringLiteral("$"));
    return shape;
}

// 21.12.2021: day first in every locale that writes dots.
const QRegularExpression &dottedShape()
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})") + timeTail +
        QStringLiteral("$"));
    return shape;
}

int fullYear(const QString &year)
{
    // Two digits are this century's: the dates organizers track are recent or coming.
    return year.size() == 2 ? 2000 + year.toInt() : year.toInt();
}

QString example(const QString &text, int line)
{
    return QCoreApplication::translate("SpreadsheetDates", "line %1: %2").arg(line).arg(text);
}

} // namespace

void SpreadsheetDates::observe(const QString &text, int line)
{
    const QRegularExpressionMatch match = slashedShape().match(text.trimmed());
    if (!match.hasMatch())
        return;
    const int first = match.captured(1).toInt();
    const int second = match.captured(3).toInt();
    if (first > 12 && second <= 12) {
        if (m_dayFirstExample.isEmpty())
            m_dayFirstExample = example(text.trimmed(), line);
    } else if (second > 12 && first <= 12) {
        if (m_monthFirstExample.isEmpty())
            m_monthFirstExample = example(text.trimmed(), line);
    } else if (first <= 12 && second <= 12 && first != second && m_ambiguousExample.isEmpty()) {
        m_ambiguousExample = text.trimmed(); // 05/05/2021 reads the same either way
    }
}

SpreadsheetDates::Order SpreadsheetDates::order() const
{
    if (!m_dayFirstExample.isEmpty() && m_monthFirstExample.isEmpty())
        return Order::DayFirst;
    if (!m_monthFirstExample.isEmpty() && m_dayFirstExample.isEmpty())
        return Order::MonthFirst;
    if (m_dayFirstExample.isEmpty() && m_monthFirstExample.isEmpty())
        return m_chosen;
    return Order::Unknown; // both: conflict()
}

QString SpreadsheetDates::conflict() const
{
    if (m_dayFirstExample.isEmpty() || m_monthFirstExample.isEmpty())
        return {};
    return QCoreApplication::translate("SpreadsheetDates",
                                       "The file's dates mix day/month (%1) and month/day (%2); "
                                       "write them one way, or as YYYY-MM-DD.")
        .arg(m_dayFirstExample, m_monthFirstExample);
}

QDate SpreadsheetDates::parse(const QString &text, const QString &field) const
{
    QRegularExpressionMatch match;
    return parsed(text, field, match);
}

SpreadsheetDates::Moment SpreadsheetDates::parseMoment(const QString &text,
                                                       const QString &field) const
{
    QRegularExpressionMatch match;
    const QDate date = parsed(text, field, match);
    if (!date.isValid())
        return {};
    if (!match.hasCaptured(QStringLiteral("hour")))
        return {QDateTime(date, QTime(0, 0), Qt::LocalTime), true};
    const QDateTime at = withTime(date, match);
    if (!at.isValid())
        throw ValidationError(field,
                              QCoreApplication::translate(
                                  "SpreadsheetDates",
                                  "\"%1\" has no valid time of day. Write it as 18:30 or 6:30 PM.")
                                  .arg(text.trimmed()));
    return {at, false};
}

QDate SpreadsheetDates::parsed(const QString &text, const QString &field,
                               QRegularExpressionMatch &match) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDate date;
    if (const auto iso = isoShape().match(trimmed); iso.hasMatch()) {
        match = iso;
        date = QDate(iso.captured(1).toInt(), iso.captured(2).toInt(), iso.captured(3).toInt());
    } else if (const auto dotted = dottedShape().match(trimmed); dotted.hasMatch()) {
        match = dotted;
        date = QDate(fullYear(dotted.captured(3)), dotted.captured(2).toInt(),
                     dotted.captured(1).toInt());
    } else if (const auto slashed = slashedShape().match(trimmed); slashed.hasMatch()) {
        match = slashed;
        const int first = slashed.captured(1).toInt();
        const int second = slashed.captured(3).toInt();
        const int year = fullYear(slashed.captured(4));
        // A date that reads the same both ways needs no order.
        const Order use = first == second ? Order::DayFirst : order();
        if (use == Order::DayFirst)
            date = QDate(year, second, first);
        else if (use == Order::MonthFirst)
            date = QDate(year, first, second);
        else
            throw ValidationError(
                field, QCoreApplication::translate("SpreadsheetDates",
                                                   "\"%1\" could be day/month or month/day; "
                                                   "choose the order of the file's dates.")
                           .arg(trimmed));
    }
    if (!date.isValid())
        throw ValidationError(
            field, QCoreApplication::translate("SpreadsheetDates",
                                               "\"%1\" is not a date. Use YYYY-MM-DD (such as "
                                               "2021-12-30) or the way your spreadsheet writes "
                                               "dates (12/30/2021, 30/12/2021, 30.12.2021).")
                       .arg(trimmed));
    return date;
}
