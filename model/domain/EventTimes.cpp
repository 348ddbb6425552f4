#include "model/domain/EventTimes.h"

#include <QCoreApplication>

namespace EventTimes {

QTime startOnDueDay(const ActionItem &item)
{
    if (!item.eventStart.isValid() || item.allDay)
        return {};
    const QDateTime local = item.eventStart.toLocalTime();
    return local.date() == item.dueDate ? local.time() : QTime();
}

QString span(const ActionItem &item, const QLocale &locale)
{
    if (!item.eventStart.isValid())
        return {};
    const QString dash = QStringLiteral(" – ");
    if (item.allDay) {
        // The stored midnights are the days themselves, in no time zone.
        const QDate first = item.eventStart.toUTC().date();
        const QDate last = item.eventEnd.isValid() ? item.eventEnd.toUTC().date() : first;
        QString days = locale.toString(first, QLocale::LongFormat);
        if (last != first)
            days += dash + locale.toString(last, QLocale::LongFormat);
        return QCoreApplication::translate("EventTimes", "%1 (all day)").arg(days);
    }
    const QDateTime start = item.eventStart.toLocalTime();
    QString text = locale.toString(start.date(), QLocale::LongFormat) + QStringLiteral(", ") +
                   locale.toString(start.time(), QLocale::ShortFormat);
    if (item.eventEnd.isValid()) {
        const QDateTime end = item.eventEnd.toLocalTime();
        text += dash;
        if (end.date() != start.date())
            text += locale.toString(end.date(), QLocale::LongFormat) + QStringLiteral(", ");
        text += locale.toString(end.time(), QLocale::ShortFormat);
    }
    return text;
}

void moveToDay(QDateTime &start, QDateTime &end, bool allDay, const QDate &day)
{
    if (!start.isValid() || !day.isValid())
        return;
    const qint64 length = end.isValid() ? start.secsTo(end) : -1;
    start = allDay ? QDateTime(day, QTime(0, 0), Qt::UTC)
                   : QDateTime(day, start.toLocalTime().time(), Qt::LocalTime).toUTC();
    if (length >= 0)
        end = start.addSecs(length);
}

} // namespace EventTimes
