#include "model/interop/calendar/CalendarExport.h"

#include "model/domain/Clock.h"
#include "model/interop/calendar/ContentLines.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"

#include <QHash>

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
QByteArray eventTimes(const ActionItem &item)
{
    using ContentLines::line;
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
    for (const ActionItem &item : ActionItemRepository(database).list(filter)) {
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
            out += eventTimes(item);
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
