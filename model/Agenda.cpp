#include "Agenda.h"

#include "ActionItemRepository.h"
#include "CampaignRepository.h"

#include <QHash>

QVector<Agenda::Group> Agenda::build(Database &database, const QDate &today, int days)
{
    QHash<QString, QString> campaignNames;
    for (const Campaign &campaign : CampaignRepository(database).list())
        campaignNames.insert(campaign.id, campaign.name);

    const QDate lastDay = days < 0 ? QDate(9999, 12, 31) : today.addDays(days);
    QVector<Group> groups;
    for (const ActionItem &item : ActionItemRepository(database).openItems(lastDay, days < 0)) {
        const AgendaBucket bucket = agendaBucketFor(item.dueDate, today);
        if (groups.isEmpty() || groups.last().bucket != bucket)
            groups.append({bucket, {}});
        groups.last().entries.append({item, campaignNames.value(item.campaignId)});
    }
    return groups;
}
