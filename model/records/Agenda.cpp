#include "model/records/Agenda.h"

#include "model/domain/ActionRules.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"

#include <QHash>

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
    const Group found = group(database, campaignNames(database),
                              {agendaBucketFor(day, today), day, day}, limit, ended);
    return found.total > 0 ? QVector<Group>{found} : QVector<Group>{};
}
