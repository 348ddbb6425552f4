#include "ui/presentation/DraftDetail.h"

#include "model/domain/EventTimes.h"
#include "model/domain/Vocabulary.h"
#include "model/intake/AlikeItem.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/presentation/DetailHtml.h"

#include <QLocale>

namespace {

// Black on pale yellow in either palette: the text colour is set with the background,
// so a dark theme's light text never lands on it.
const QString markStyle = QStringLiteral("background-color:#fff0a0; color:#000000;");

} // namespace

QString DraftDetail::none()
{
    return tr("<p><i>Choose a draft to see the alert it came from.</i></p>");
}

QString DraftDetail::highlighted(const QString &text, qsizetype position, qsizetype length,
                                 qsizetype context)
{
    position = qBound<qsizetype>(0, position, text.size());
    length = qBound<qsizetype>(0, length, text.size() - position);
    qsizetype from = qMax<qsizetype>(0, position - context);
    qsizetype to = qMin<qsizetype>(text.size(), position + length + context);
    // Start and end at whole lines when a line break is within the context.
    if (from > 0) {
        const qsizetype lineStart = text.indexOf(QLatin1Char('\n'), from);
        if (lineStart >= 0 && lineStart < position)
            from = lineStart + 1;
    }
    if (to < text.size()) {
        const qsizetype lineEnd = text.lastIndexOf(QLatin1Char('\n'), to);
        if (lineEnd >= position + length)
            to = lineEnd;
    }
    const QString ellipsis = QStringLiteral("…");
    return (from > 0 ? ellipsis : QString()) +
           DetailHtml::escaped(text.mid(from, position - from)) +
           QStringLiteral("<span style=\"%1\">%2</span>")
               .arg(markStyle, DetailHtml::escaped(text.mid(position, length))) +
           DetailHtml::escaped(text.mid(position + length, to - position - length)) +
           (to < text.size() ? ellipsis : QString());
}

QString DraftDetail::html(Database &database, const InboxDraft &stored)
{
    const ActionItem item = InboxStore::proposedItem(stored);
    QString html = DetailHtml::title(item.title) + QStringLiteral("<table>");
    if (stored.state == QLatin1String("accepted"))
        html += DetailHtml::row(
            tr("Accepted as"),
            DetailHtml::recordLink(EntityKind::ActionItem, stored.actionItemId, item.title));
    else if (stored.state == QLatin1String("dismissed"))
        html += DetailHtml::row(tr("State"), tr("Dismissed"));
    if (stored.state != QLatin1String("accepted")) {
        if (const auto alike = AlikeItem::find(database, item))
            html += DetailHtml::row(
                tr("Already there?"),
                DetailHtml::recordLink(EntityKind::ActionItem, alike->id, alike->title) +
                    QStringLiteral(" ") +
                    DetailHtml::escaped(tr("(an action item of the campaign seems the same)")));
    }
    html +=
        DetailHtml::row(tr("Kind"), DetailHtml::escaped(Vocabulary::actionKind().label(item.kind)));
    if (const auto campaign = CampaignRepository(database).get(item.campaignId))
        html +=
            DetailHtml::row(tr("Campaign"), DetailHtml::recordLink(EntityKind::Campaign,
                                                                   campaign->id, campaign->name));
    if (const auto organization = OrganizationRepository(database).get(item.organizationId))
        html += DetailHtml::row(
            tr("Organization"),
            DetailHtml::recordLink(EntityKind::Organization, organization->id, organization->name));
    else if (!stored.draft.newOrganization.isEmpty())
        html += DetailHtml::row(
            tr("Organization"),
            DetailHtml::escaped(
                tr("%1 (new: added when accepted)").arg(stored.draft.newOrganization)));
    html += DetailHtml::row(tr("Due"), QLocale().toString(item.dueDate, QLocale::LongFormat));
    html += DetailHtml::row(tr("When"), DetailHtml::escaped(EventTimes::span(item)));
    html += DetailHtml::row(tr("Where"), DetailHtml::escaped(item.location));
    html += DetailHtml::row(tr("Link"), DetailHtml::webLink(item.link));
    html += QStringLiteral("</table>");
    QStringList reasons;
    for (const QString &reason : stored.draft.reasons)
        reasons << QStringLiteral("<li>%1</li>").arg(DetailHtml::escaped(reason));
    html += DetailHtml::list(tr("Why it was proposed"), reasons);

    if (const auto source = InboxStore(database).source(stored.sourceId)) {
        const QString received = QLocale().toString(source->receivedOn, QLocale::LongFormat);
        QString from;
        if (source->kind == QLatin1String("feed"))
            from = tr("From a partner's feed, received %1").arg(received);
        else if (source->kind == QLatin1String("file"))
            from = tr("From the file %1, read %2").arg(source->address, received);
        else
            from = tr("Pasted %1").arg(received);
        html += QStringLiteral("<h3>%1</h3>").arg(DetailHtml::escaped(from));
        if (source->kind == QLatin1String("feed"))
            html += QStringLiteral("<p>%1</p>").arg(DetailHtml::webLink(source->address));
        html += QStringLiteral("<p>%1</p>")
                    .arg(highlighted(source->text, stored.draft.position, stored.draft.length));
    }
    return html;
}
