#include "ui/presentation/ContactDetail.h"

#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/presentation/DetailHtml.h"

QString ContactDetail::html(Database &database, const QString &id)
{
    const auto contact = ContactRepository(database).get(id);
    if (!contact)
        return tr("<p><i>Choose a person to see their details.</i></p>");
    QString html = DetailHtml::title(contact->name) + QStringLiteral("<table>");
    html += DetailHtml::row(tr("Role"), DetailHtml::escaped(contact->role));
    if (const auto organization = OrganizationRepository(database).get(contact->organizationId))
        html += DetailHtml::row(
            tr("Organization"),
            DetailHtml::recordLink(EntityKind::Organization, organization->id, organization->name));
    html += DetailHtml::row(tr("Email"), DetailHtml::mailLink(contact->email));
    html += DetailHtml::row(tr("Phone"), DetailHtml::phoneLink(contact->phone));
    html +=
        DetailHtml::row(tr("Tags"), DetailHtml::escaped(contact->tags.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    return html + DetailHtml::paragraph(contact->notes);
}
