#include "model/interop/calendar/CalendarExport.h"

#include "model/domain/Clock.h"
#include "model/domain/EventTimes.h"
#include "model/domain/RecurrenceRule.h"
#include "model/interop/calendar/ContentLines.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"

#include <QHash>
#include <QTimeZone>

namespace {

QString utc(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString todoStatus(const QString &status)
{
    if (status == QLatin1String("doing"))
        return QStringLiteral("IN-PROCESS");
    if (status == QLatin1String("done"))
        return QStringLiteral("COMPLETED");
    if (status == QLatin1String("cancelled"))
        return QStringLiteral("CANCELLED");
    return QStringLiteral("NEEDS-ACTION");
}

int icalPriority(const QString &priority)
{
    if (priority == QLatin1String("urgent"))
        return 1;
    if (priority == QLatin1String("high"))
        return 3;
    if (priority == QLatin1String("low"))
        return 9;
    return 5;
}

// DTSTART and DTEND: an instant in UTC, or for an all-day event its days (RFC 5545's
// DTEND of dates is the day after the last). An event with no end lasts an hour, or
// its one day.
QByteArray eventTimes(const ActionItem &item, bool repeats)
{
    using ContentLines::line;
    // A repeating event keeps its local time of day across daylight saving time only in
    // a named zone: the laptop's, by its IANA name (the name calendars know; no
    // VTIMEZONE, as Google Calendar, Thunderbird and Python's icalendar read it without).
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (repeats && !item.allDay && !zone.isEmpty() && zone != "UTC" && zone.contains('/')) {
        const QString format = QStringLiteral("yyyyMMdd'T'HHmmss");
        const QString tzid = QStringLiteral(";TZID=") + QString::fromLatin1(zone);
        const QDateTime end =
            item.eventEnd.isValid() ? item.eventEnd : item.eventStart.addSecs(3600);
        return line(QStringLiteral("DTSTART") + tzid,
                    item.eventStart.toLocalTime().toString(format)) +
               line(QStringLiteral("DTEND") + tzid, end.toLocalTime().toString(format));
    }
    if (item.allDay) {
        const QDate first = item.eventStart.toUTC().date();
        const QDate last = item.eventEnd.isValid() ? item.eventEnd.toUTC().date() : first;
        const QString format = QStringLiteral("yyyyMMdd");
        return line(QStringLiteral("DTSTART;VALUE=DATE"), first.toString(format)) +
               line(QStringLiteral("DTEND;VALUE=DATE"), last.addDays(1).toString(format));
    }
    const QDateTime end = item.eventEnd.isValid() ? item.eventEnd : item.eventStart.addSecs(3600);
    return line(QStringLiteral("DTSTART"), utc(item.eventStart)) +
           line(QStringLiteral("DTEND"), utc(end));
}

// EXDATE lines for a repeating item's skipped occurrences, in its DTSTART's form.
QByteArray skippedDays(Database &database, const ActionItem &item)
{
    QByteArray lines;
    for (const StampStore::FieldEntry &outcome :
         ActionItemRepository(database).occurrenceOutcomes(item.id)) {
        if (outcome.value != QLatin1String("skipped"))
            continue;
        const QDate day = RecurrenceRule::occurrenceDay(outcome.field);
        if (item.eventStart.isValid() && !item.allDay) {
            QDateTime start = item.eventStart, end;
            EventTimes::moveToDay(start, end, false, day);
            lines += ContentLines::line(QStringLiteral("EXDATE"), utc(start));
        } else {
            lines += ContentLines::line(QStringLiteral("EXDATE;VALUE=DATE"),
                                        day.toString(QStringLiteral("yyyyMMdd")));
        }
    }
    return lines;
}

QString description(const ActionItem &item)
{
    QStringList parts;
    if (!item.owner.isEmpty())
        parts << QCoreApplication::translate("CalendarExport", "Owner: %1").arg(item.owner);
    if (!item.notes.isEmpty())
        parts << item.notes;
    return parts.join(QLatin1Char('\n'));
}

} // namespace

namespace CalendarExport {

QByteArray actionItems(Database &database, const ActionItemFilter &filter)
{
    using ContentLines::escapeText;
    using ContentLines::line;
    QHash<QString, QString> campaigns;
    for (const Campaign &campaign : CampaignRepository(database).list())
        campaigns.insert(campaign.id, campaign.name);
    const QString stamp = utc(database.clock().now());

    QByteArray out = line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out += line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out += line(QStringLiteral("PRODID"), QStringLiteral("-//Coalition//Coalition deadlines//EN"));
    out += line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    for (ActionItem item : ActionItemRepository(database).list(filter)) {
        // A repeating item is written as its series: from the day it started, with its
        // rule (the calendar expands it), and its skipped days left out (EXDATE).
        const bool repeats = RecurrenceRule::isValid(item.recurrence) && item.seriesStart.isValid();
        if (repeats) {
            EventTimes::moveToDay(item.eventStart, item.eventEnd, item.allDay, item.seriesStart);
            item.dueDate = item.seriesStart;
        }
        const bool event = item.eventStart.isValid();
        const QString component = event ? QStringLiteral("VEVENT") : QStringLiteral("VTODO");
        out += line(QStringLiteral("BEGIN"), component);
        out += line(QStringLiteral("UID"), item.id + QStringLiteral("@coalition"));
        out += line(QStringLiteral("DTSTAMP"), stamp);
        out += line(QStringLiteral("LAST-MODIFIED"),
                    utc(QDateTime::fromString(item.updatedAt, Qt::ISODateWithMs)));
        out += line(QStringLiteral("SUMMARY"), escapeText(item.title));
        if (!description(item).isEmpty())
            out += line(QStringLiteral("DESCRIPTION"), escapeText(description(item)));
        if (event) {
            out += eventTimes(item, repeats);
            out += line(QStringLiteral("STATUS"), item.status == QLatin1String("cancelled")
                                                      ? QStringLiteral("CANCELLED")
                                                      : QStringLiteral("CONFIRMED"));
        } else {
            if (item.dueDate.isValid())
                out += line(QStringLiteral("DUE;VALUE=DATE"),
                            item.dueDate.toString(QStringLiteral("yyyyMMdd")));
            out += line(QStringLiteral("STATUS"), todoStatus(item.status));
            if (!item.completedAt.isEmpty())
                out += line(QStringLiteral("COMPLETED"),
                            utc(QDateTime::fromString(item.completedAt, Qt::ISODateWithMs)));
        }
        if (repeats) {
            if (!event)
                out += line(QStringLiteral("DTSTART;VALUE=DATE"),
                            item.seriesStart.toString(QStringLiteral("yyyyMMdd")));
            out += line(QStringLiteral("RRULE"), item.recurrence);
            out += skippedDays(database, item);
        }
        out += line(QStringLiteral("PRIORITY"), QString::number(icalPriority(item.priority)));
        if (!item.location.isEmpty())
            out += line(QStringLiteral("LOCATION"), escapeText(item.location));
        if (!item.link.isEmpty())
            out += line(QStringLiteral("URL"), item.link);
        if (campaigns.contains(item.campaignId))
            out += line(QStringLiteral("CATEGORIES"), escapeText(campaigns.value(item.campaignId)));
        out += line(QStringLiteral("END"), component);
    }
    out += line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

} // namespace CalendarExport
