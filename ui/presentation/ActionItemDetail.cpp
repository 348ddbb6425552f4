#include "ui/presentation/ActionItemDetail.h"

#include "model/domain/EventTimes.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/presentation/DetailHtml.h"

QString ActionItemDetail::html(Database &database, const QString &id)
{
    const auto item = ActionItemRepository(database).get(id);
    if (!item)
        return tr("<p><i>Choose an action item to see it here.</i></p>");
    QString html = DetailHtml::title(item->title) + QStringLiteral("<table>");
    if (auto campaign = CampaignRepository(database).get(item->campaignId))
        html +=
            DetailHtml::row(tr("Campaign"), DetailHtml::recordLink(EntityKind::Campaign,
                                                                   campaign->id, campaign->name));
    if (auto organization = OrganizationRepository(database).get(item->organizationId))
        html += DetailHtml::row(
            tr("Organization"),
            DetailHtml::recordLink(EntityKind::Organization, organization->id, organization->name));
    html += DetailHtml::row(tr("Status"), Vocabulary::actionStatus().label(item->status));
    html += DetailHtml::row(tr("Priority"), Vocabulary::priority().label(item->priority));
    html += DetailHtml::row(tr("Owner"), DetailHtml::escaped(item->owner));
    html += DetailHtml::row(tr("Due"), item->dueDate.toString(Qt::ISODate));
    html += DetailHtml::row(tr("When"), DetailHtml::escaped(EventTimes::span(*item)));
    html += DetailHtml::row(tr("Kind"),
                            DetailHtml::escaped(Vocabulary::actionKind().label(item->kind)));
    html += DetailHtml::row(tr("Where"), DetailHtml::escaped(item->location));
    html += DetailHtml::row(tr("Link"), DetailHtml::webLink(item->link));
    html += DetailHtml::row(tr("Tags"), DetailHtml::escaped(item->tags.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    return html + DetailHtml::paragraph(item->notes);
}
