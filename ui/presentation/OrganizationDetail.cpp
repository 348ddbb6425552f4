#include "ui/presentation/OrganizationDetail.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/presentation/DetailHtml.h"

QString OrganizationDetail::html(Database &database, const QString &id)
{
    const auto organization = OrganizationRepository(database).get(id);
    if (!organization)
        return tr("<p><i>Choose an organization to see its people and campaigns.</i></p>");
    QString html = DetailHtml::title(organization->name) + QStringLiteral("<table>");
    html += DetailHtml::row(tr("Acronym"), DetailHtml::escaped(organization->acronym));
    html += DetailHtml::row(
        tr("Kind"), DetailHtml::escaped(Vocabulary::organizationKind().label(organization->kind)));
    html += DetailHtml::row(tr("City or region"), DetailHtml::escaped(organization->region));
    html += DetailHtml::row(tr("Website"), DetailHtml::webLink(organization->website));
    html += DetailHtml::row(tr("Email"), DetailHtml::mailLink(organization->email));
    html += DetailHtml::row(tr("Phone"), DetailHtml::phoneLink(organization->phone));
    html += DetailHtml::row(tr("Tags"),
                            DetailHtml::escaped(organization->tags.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    html += DetailHtml::paragraph(organization->description);
    return html + people(database, id) + campaigns(database, id) + openActionItems(database, id);
}

QString OrganizationDetail::people(Database &database, const QString &organizationId)
{
    QStringList people;
    for (const Contact &contact : ContactRepository(database).list({}, organizationId)) {
        QString line = DetailHtml::recordLink(EntityKind::Contact, contact.id, contact.name);
        if (!contact.role.isEmpty())
            line += QStringLiteral(" — ") + DetailHtml::escaped(contact.role);
        people << QStringLiteral("<li>%1</li>").arg(line);
    }
    return DetailHtml::list(tr("People"), people);
}

QString OrganizationDetail::campaigns(Database &database, const QString &organizationId)
{
    QStringList campaigns;
    CampaignRepository campaignRepository(database);
    for (const CampaignPartner &partner :
         CampaignPartnerRepository(database).forOrganization(organizationId)) {
        if (const auto campaign = campaignRepository.get(partner.campaignId))
            campaigns << QStringLiteral("<li>%1 (%2)</li>")
                             .arg(DetailHtml::recordLink(EntityKind::Campaign, campaign->id,
                                                         campaign->name),
                                  Vocabulary::partnerRole().label(partner.role));
    }
    return DetailHtml::list(tr("Campaigns"), campaigns);
}

QString OrganizationDetail::openActionItems(Database &database, const QString &organizationId)
{
    ActionItemFilter open;
    open.organizationId = organizationId;
    open.statuses = ActionRules::openStatuses();
    ListOptions firstFew;
    firstFew.limit = DetailHtml::listLimit;
    ActionItemRepository actions(database);
    QStringList items;
    for (const ActionItem &item : actions.list(open, firstFew)) {
        const QString due = item.dueDate.isValid()
                                ? item.dueDate.toString(Qt::ISODate) + QStringLiteral(" · ")
                                : QString();
        items << QStringLiteral("<li>%1%2</li>")
                     .arg(due, DetailHtml::recordLink(EntityKind::ActionItem, item.id, item.title));
    }
    const QString more = items.size() < DetailHtml::listLimit
                             ? QString()
                             : DetailHtml::moreLine(int(items.size()), actions.count(open));
    return DetailHtml::list(tr("Open action items"), items, more);
}
