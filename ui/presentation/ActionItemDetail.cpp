#include "ui/presentation/ActionItemDetail.h"

#include "model/domain/EventTimes.h"
#include "model/domain/RecurrenceRule.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/presentation/DetailHtml.h"

#include <QLocale>

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
    if (RecurrenceRule::isValid(item->recurrence))
        html += DetailHtml::row(
            tr("Repeats"),
            DetailHtml::escaped(RecurrenceRule::fromText(item->recurrence).describe()));
    html += DetailHtml::row(tr("Kind"),
                            DetailHtml::escaped(Vocabulary::actionKind().label(item->kind)));
    html += DetailHtml::row(tr("Where"), DetailHtml::escaped(item->location));
    html += DetailHtml::row(tr("Link"), DetailHtml::webLink(item->link));
    html += DetailHtml::row(tr("Tags"), DetailHtml::escaped(item->tags.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    html += DetailHtml::paragraph(item->notes);
    // What became of its occurrences so far, newest first, with who and when.
    const QVector<StampStore::FieldEntry> outcomes =
        ActionItemRepository(database).occurrenceOutcomes(item->id);
    if (!outcomes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Occurrences"));
        for (auto it = outcomes.crbegin(); it != outcomes.crend(); ++it) {
            const QString day =
                QLocale().toString(RecurrenceRule::occurrenceDay(it->field), QLocale::ShortFormat);
            const QString when = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(it->wall).toLocalTime(), QLocale::ShortFormat);
            const QString text = it->value == QLatin1String("skipped")
                                     ? tr("%1: skipped by %2 on %3")
                                     : tr("%1: done by %2 on %3");
            html += QStringLiteral("<li>%1</li>")
                        .arg(DetailHtml::escaped(text.arg(day, it->author, when)));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}
