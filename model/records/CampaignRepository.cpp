#include "model/records/CampaignRepository.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Vocabulary.h"
#include <QCoreApplication>

CampaignRepository::CampaignRepository(Database &database)
    : Repository(database, EntityKind::Campaign)
{}

void CampaignRepository::validate(Campaign &campaign) const
{
    campaign.name =
        requiredText(campaign.name, QStringLiteral("name"),
                     QCoreApplication::translate("CampaignRepository",
                                                 "The campaign has no name. Enter its name."));
    campaign.status = canonicalWord(Vocabulary::campaignStatus(), campaign.status,
                                    QStringLiteral("status"), campaign.id);
    if (campaign.startDate.isValid() && campaign.endDate.isValid() &&
        campaign.endDate < campaign.startDate)
        throw ValidationError(QStringLiteral("end_date"),
                              QCoreApplication::translate(
                                  "CampaignRepository",
                                  "The campaign ends (%1) before it starts (%2). Check the dates.")
                                  .arg(campaign.endDate.toString(Qt::ISODate),
                                       campaign.startDate.toString(Qt::ISODate)));
    QStringList links;
    for (const QString &link : campaign.links) {
        const QString address = optionalWebAddress(link, QStringLiteral("links"));
        if (!address.isEmpty())
            links << address;
    }
    campaign.links = links;
}

bool CampaignRepository::remove(const QString &id)
{
    const QString column = QStringLiteral("campaign_id");
    return deleteRowWithDependents(id, {{EntityKind::CampaignPartner, column, Dependent::Deleted},
                                        {EntityKind::ActionItem, column, Dependent::Deleted}});
}

bool CampaignRepository::removeKeepingActionItems(const QString &id)
{
    const QString column = QStringLiteral("campaign_id");
    return deleteRowWithDependents(id,
                                   {{EntityKind::CampaignPartner, column, Dependent::Deleted},
                                    {EntityKind::ActionItem, column, Dependent::ReferenceCleared}});
}

QVector<Campaign> CampaignRepository::list(const ListOptions &options, const QStringList &statuses,
                                           EndedCampaigns::Shown ended) const
{
    QStringList conditions;
    if (ended == EndedCampaigns::Shown::Hidden)
        conditions << QStringLiteral("NOT ") + EndedCampaigns::campaignEnded();
    Bindings values;
    if (!statuses.isEmpty()) {
        QStringList placeholders;
        for (int i = 0; i < statuses.size(); ++i) {
            placeholders << QStringLiteral(":status%1").arg(i);
            values << qMakePair(placeholders.last(), QVariant(statuses[i]));
        }
        conditions << QStringLiteral("status IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    }
    return listWhere(conditions, values, options);
}

std::optional<Campaign> CampaignRepository::findByIdOrName(const QString &idOrName) const
{
    if (auto byId = get(idOrName.trimmed()))
        return byId;
    const QVector<Campaign> found =
        select(QStringLiteral("WHERE name = :name COLLATE NOCASE ORDER BY seq LIMIT 1"),
               {{QStringLiteral(":name"), idOrName.trimmed()}});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

CampaignRepository::Dependents CampaignRepository::dependents(const QString &id) const
{
    Dependents result;
    result.partners =
        int(idsReferring(EntityKind::CampaignPartner, QStringLiteral("campaign_id"), id).size());
    result.actionItems =
        Statement(
            m_database.connection(),
            QStringLiteral("SELECT count(*) FROM action_items WHERE campaign_id = :campaign_id"))
            .bind(QStringLiteral(":campaign_id"), id)
            .scalar()
            .toInt();
    return result;
}

QHash<QString, CampaignRepository::Progress> CampaignRepository::progress() const
{
    QHash<QString, Progress> result;
    Statement partners(m_database.connection(),
                       QStringLiteral("SELECT campaign_id, count(*) FROM campaign_partners GROUP "
                                      "BY campaign_id"));
    partners.exec();
    while (partners.next())
        result[partners.text(0)].partners = partners.value(1).toInt();
    // One pass over the index actions_by_campaign_report (campaign_id, status, …): no
    // table reads.
    Statement items(m_database.connection(),
                    QStringLiteral("SELECT campaign_id, status, count(*) FROM action_items WHERE "
                                   "campaign_id IS NOT NULL GROUP BY campaign_id, status"));
    items.exec();
    while (items.next()) {
        Progress &progress = result[items.text(0)];
        const QString status = items.text(1);
        const int count = items.value(2).toInt();
        if (ActionRules::isDone(status))
            progress.done += count;
        if (status != QLatin1String("cancelled"))
            progress.total += count;
    }
    return result;
}

const QVector<RecordMember<Campaign>> &CampaignRepository::members() const
{
    static const QVector<RecordMember<Campaign>> members = {
        {QStringLiteral("name"), &Campaign::name},
        {QStringLiteral("status"), &Campaign::status},
        {QStringLiteral("issue_area"), &Campaign::issueArea},
        {QStringLiteral("goal"), &Campaign::goal},
        {QStringLiteral("target"), &Campaign::target},
        {QStringLiteral("start_date"), &Campaign::startDate},
        {QStringLiteral("end_date"), &Campaign::endDate},
        {QStringLiteral("description"), &Campaign::description},
        {QStringLiteral("links"), &Campaign::links},
    };
    return members;
}
