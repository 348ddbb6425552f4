#include "ui/presentation/CampaignDetail.h"

#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/presentation/DetailHtml.h"

#include <QLocale>

QString CampaignDetail::html(Database &database, const QString &id)
{
    const auto campaign = CampaignRepository(database).get(id);
    if (!campaign)
        return tr("<p><i>Choose a campaign to see its partners and action items.</i></p>");
    QString html = DetailHtml::title(campaign->name);
    if (!campaign->goal.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Ask:"), DetailHtml::escaped(campaign->goal));
    html += QStringLiteral("<table>");
    html += DetailHtml::row(tr("Status"), Vocabulary::campaignStatus().label(campaign->status));
    html += DetailHtml::row(tr("Target"), DetailHtml::escaped(campaign->target));
    html += DetailHtml::row(tr("Issue area"), DetailHtml::escaped(campaign->issueArea));
    html += DetailHtml::row(tr("Starts"), campaign->startDate.toString(Qt::ISODate));
    html += DetailHtml::row(tr("Ends"), campaign->endDate.toString(Qt::ISODate));
    QStringList links;
    for (const QString &link : campaign->links)
        links << DetailHtml::webLink(link);
    html += DetailHtml::row(tr("Links"), links.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    return html + DetailHtml::paragraph(campaign->description);
}

QVector<CampaignDetail::PartnerRow> CampaignDetail::partners(Database &database, const QString &id)
{
    QVector<PartnerRow> rows;
    OrganizationRepository organizations(database);
    for (const CampaignPartner &partner : CampaignPartnerRepository(database).forCampaign(id)) {
        const auto organization = organizations.get(partner.organizationId);
        rows.append({partner.id, partner.organizationId,
                     organization ? organization->name : QString(),
                     Vocabulary::partnerRole().label(partner.role), partner.commitment});
    }
    return rows;
}

CampaignDetail::ActionRows CampaignDetail::actionItems(Database &database, const QString &id)
{
    ActionRows result;
    if (id.isEmpty())
        return result;
    ActionItemFilter filter;
    filter.campaignId = id;
    ListOptions firstFew;
    firstFew.limit = DetailHtml::listLimit;
    ActionItemRepository actions(database);
    for (const ActionItem &item : actions.list(filter, firstFew))
        result.rows.append({item.id, item.dueDate.toString(Qt::ISODate), item.title,
                            Vocabulary::actionStatus().label(item.status)});
    const int shown = int(result.rows.size());
    const int total = shown < DetailHtml::listLimit ? shown : actions.count(filter);
    if (total > shown)
        result.more =
            tr("… and %1 more on the Action items page").arg(QLocale().toString(total - shown));
    return result;
}
