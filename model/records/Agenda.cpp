#include "model/records/Agenda.h"

#include "model/domain/ActionRules.h"
#include "model/domain/EventTimes.h"
#include "model/domain/RecurrenceRule.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"

#include <QHash>

#include <algorithm>

namespace {

struct Range
{
    AgendaBucket bucket;
    QDate first;
    QDate last;
};

QHash<QString, QString> campaignNames(Database &database)
{
    QHash<QString, QString> names;
    for (const Campaign &campaign : CampaignRepository(database).list())
        names.insert(campaign.id, campaign.name);
    return names;
}

Agenda::Group group(Database &database, const QHash<QString, QString> &names, const Range &range,
                    int limit, EndedCampaigns::Shown ended)
{
    ActionItemRepository actions(database);
    Agenda::Group result{
        range.bucket, {}, actions.countOpenItemsDue(range.first, range.last, -1, ended)};
    for (const ActionItem &item : actions.openItemsDue(range.first, range.last, limit, ended))
        result.entries.append({item, names.value(item.campaignId)});
    return result;
}

// A repeating item is listed once, on its due date; its next occurrences follow it,
// each in the bucket of its day, as long as they fall before the horizon.
void addUpcomingOccurrences(Database &database, const QHash<QString, QString> &names,
                            const QDate &today, const QDate &horizon, EndedCampaigns::Shown ended,
                            QVector<Agenda::Group> &groups)
{
    for (const ActionItem &item : ActionItemRepository(database).openRepeatingItems(ended)) {
        if (!item.dueDate.isValid() || !RecurrenceRule::isValid(item.recurrence))
            continue;
        const QVector<QDate> coming = RecurrenceRule::fromText(item.recurrence)
                                          .occurrences(item.seriesStart, item.dueDate.addDays(1),
                                                       Agenda::occurrencesShown - 1);
        for (const QDate &day : coming) {
            if (day > horizon)
                break;
            Agenda::Entry entry{item, names.value(item.campaignId), true};
            EventTimes::moveToDay(entry.item.eventStart, entry.item.eventEnd, item.allDay, day);
            entry.item.dueDate = day;
            const AgendaBucket bucket = agendaBucketFor(day, today);
            auto group =
                std::find_if(groups.begin(), groups.end(),
                             [bucket](const Agenda::Group &g) { return g.bucket == bucket; });
            if (group == groups.end()) {
                // Buckets keep their order: the new one goes before the first later one.
                auto later =
                    std::find_if(groups.begin(), groups.end(), [bucket](const Agenda::Group &g) {
                        return int(g.bucket) > int(bucket);
                    });
                group = groups.insert(later, Agenda::Group{bucket, {}, 0});
            }
            const auto place = std::upper_bound(
                group->entries.begin(), group->entries.end(), day,
                [](const QDate &d, const Agenda::Entry &e) { return d < e.item.dueDate; });
            group->entries.insert(place, entry);
            ++group->total;
        }
    }
}

} // namespace

QVector<Agenda::Group> Agenda::build(Database &database, const QDate &today, int days,
                                     int perBucketLimit, EndedCampaigns::Shown ended)
{
    const QDate horizon = days < 0 ? QDate(9999, 12, 31) : today.addDays(days);
    QVector<Range> ranges = {
        {AgendaBucket::Overdue, QDate(1, 1, 1), ActionRules::lastOverdueDay(today)},
        {AgendaBucket::Today, today, today},
        {AgendaBucket::ThisWeek, today.addDays(1), today.addDays(7)},
        {AgendaBucket::Next30Days, today.addDays(8), today.addDays(30)},
        {AgendaBucket::Later, today.addDays(31), QDate(9999, 12, 31)},
    };
    const QHash<QString, QString> names = campaignNames(database);
    QVector<Group> groups;
    for (Range range : ranges) {
        if (range.first > horizon)
            break;
        range.last = qMin(range.last, horizon);
        const Group found = group(database, names, range, perBucketLimit, ended);
        if (found.total > 0)
            groups.append(found);
    }
    addUpcomingOccurrences(database, names, today, horizon, ended, groups);
    if (days < 0) {
        const Group undated =
            group(database, names, {AgendaBucket::NoDate, {}, {}}, perBucketLimit, ended);
        if (undated.total > 0)
            groups.append(undated);
    }
    return groups;
}

QVector<Agenda::Group> Agenda::forDay(Database &database, const QDate &day, const QDate &today,
                                      int limit, EndedCampaigns::Shown ended)
{
    const QHash<QString, QString> names = campaignNames(database);
    QVector<Group> groups = {
        group(database, names, {agendaBucketFor(day, today), day, day}, limit, ended)};
    // A repeating item's occurrence that falls on the day, too.
    addUpcomingOccurrences(database, names, today, day, ended, groups);
    QVector<Group> result;
    for (Group &found : groups) {
        const auto elsewhere =
            std::remove_if(found.entries.begin(), found.entries.end(),
                           [&](const Entry &e) { return e.item.dueDate != day; });
        found.total -= int(std::distance(elsewhere, found.entries.end()));
        found.entries.erase(elsewhere, found.entries.end());
        if (found.total > 0)
            result << found;
    }
    return result;
}
