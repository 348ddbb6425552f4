#include "model/interop/csv/SpreadsheetDates.h"

#include "model/domain/ValidationError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// A date, then optionally a time (ignored): "T14:30", " 14:30:00", " 2:30 PM", "Z".
const QString timeTail =
    QStringLiteral("(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp]\\.?[Mm]\\.?)?"
                   "(?:Z|[+-]\\d{2}:?\\d{2})?)?");

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
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDate date;
    if (const auto iso = isoShape().match(trimmed); iso.hasMatch()) {
        date = QDate(iso.captured(1).toInt(), iso.captured(2).toInt(), iso.captured(3).toInt());
    } else if (const auto dotted = dottedShape().match(trimmed); dotted.hasMatch()) {
        date = QDate(fullYear(dotted.captured(3)), dotted.captured(2).toInt(),
                     dotted.captured(1).toInt());
    } else if (const auto slashed = slashedShape().match(trimmed); slashed.hasMatch()) {
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
