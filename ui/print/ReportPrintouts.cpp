#include "ui/print/Printouts.h"

#include "ui/presentation/ReportText.h"
#include "ui/reports/ReportCharts.h"

#include <QLocale>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString openTable(const QStringList &headers, const QVector<int> &numbers = {})
{
    return QStringLiteral(
               "<table class=\"list\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead>") +
           Printouts::headerRow(headers, numbers) + QStringLiteral("</thead><tbody>");
}

QString closeTable()
{
    return QStringLiteral("</tbody></table>");
}

QString labelled(const QString &label, const QString &value)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(label), escaped(value));
}

QString campaignFacts(const CampaignReport &report)
{
    const Campaign &campaign = report.campaign;
    QStringList facts = {ReportText::campaignStatus(campaign.status)};
    if (!campaign.issueArea.isEmpty())
        facts << campaign.issueArea;
    if (campaign.startDate.isValid() || campaign.endDate.isValid())
        facts << Printouts::tr("%1 to %2")
                     .arg(ReportText::day(campaign.startDate), ReportText::day(campaign.endDate));
    QString html =
        QStringLiteral("<p class=\"sub\">%1</p>").arg(escaped(facts.join(QStringLiteral(" · "))));
    html += labelled(Printouts::tr("Ask:"),
                     campaign.goal.isEmpty() ? Printouts::tr("(none written)") : campaign.goal);
    html += labelled(Printouts::tr("Target:"),
                     campaign.target.isEmpty() ? Printouts::tr("(none written)") : campaign.target);
    html += labelled(Printouts::tr("Action items:"), ReportText::totals(report));
    return html;
}

QString partners(const CampaignReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(Printouts::tr("Partners (%1)").arg(report.partners.size())));
    if (report.partners.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(Printouts::tr("No partners yet.")));
    html += openTable({Printouts::tr("Organization"), Printouts::tr("Role"),
                       Printouts::tr("Open items"), Printouts::tr("Commitment")},
                      {2});
    for (const CampaignReport::Partner &partner : report.partners)
        html += Printouts::row({partner.name, ReportText::role(partner.role),
                                QLocale().toString(partner.openItems), partner.commitment},
                               {2});
    return html + closeTable();
}

QString openItems(const CampaignReport &report)
{
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(Printouts::tr("Open action items (%1)").arg(report.openCount)));
    if (report.openItems.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(Printouts::tr("Nothing is open.")));
    html += openTable({Printouts::tr("Due"), Printouts::tr("Action item"), Printouts::tr("Owner"),
                       Printouts::tr("Priority"), Printouts::tr("Organization")});
    for (const CampaignReport::OpenItem &item : report.openItems) {
        const bool overdue = ActionRules::isOverdue(item.due, item.status, report.today);
        html += Printouts::row({ReportText::when(item), item.title, ReportText::owner(item.owner),
                                ReportText::priority(item.priority), item.organization},
                               {}, overdue ? QStringLiteral("overdue") : QString());
    }
    html += closeTable();
    if (report.openCount > report.openItems.size())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(escaped(Printouts::tr("…and %n more open.", nullptr,
                                               int(report.openCount - report.openItems.size()))));
    return html;
}

QString counts(const QString &heading, const QString &firstColumn,
               const QVector<CampaignReport::Count> &rows, bool priorities)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(heading));
    html += openTable({firstColumn, Printouts::tr("Open"), Printouts::tr("Overdue")}, {1, 2});
    for (const CampaignReport::Count &count : rows)
        html += Printouts::row(
            {priorities ? ReportText::priority(count.name) : ReportText::owner(count.name),
             QLocale().toString(count.open), QLocale().toString(count.overdue)},
            {1, 2});
    return html + closeTable();
}

QString changes(const CampaignReport &report)
{
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(escaped(
                Printouts::tr("Changed since %1").arg(ReportText::day(report.changesSince))));
    if (report.changes.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(escaped(Printouts::tr("No changes.")));
    html += openTable({Printouts::tr("When"), Printouts::tr("Who"), Printouts::tr("What"),
                       Printouts::tr("Fields")});
    for (const CampaignReport::Change &change : report.changes)
        html += Printouts::row(
            {ReportText::at(change.at),
             change.author.isEmpty() ? Printouts::tr("(unknown)") : change.author,
             ReportText::recordKind(change.kind) + QStringLiteral(": ") + change.recordName,
             ReportText::fields(change.kind, change.fields)});
    return html + closeTable();
}

} // namespace

Printout Printouts::campaign(const CampaignReport &report)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(report.campaign.name));
    html += campaignFacts(report);
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(Printout::chartMarker(QStringLiteral("burnup")));
    html += partners(report);
    html += openItems(report);
    html += counts(tr("Open items by owner"), tr("Owner"), report.openByOwner, false);
    html += counts(tr("Open items by priority"), tr("Priority"), report.openByPriority, true);
    html += changes(report);
    Printout printout(report.campaign.name, html);
    printout.addChart(
        QStringLiteral("burnup"),
        [report] { return ReportCharts::burnUp(report, ReportCharts::Look::Light); },
        QSizeF(480, 220));
    return printout;
}

Printout Printouts::overview(const CoalitionOverview &overview)
{
    const QString title = tr("Coalition overview");
    QString html =
        QStringLiteral("<h1>%1</h1><p class=\"sub\">%2</p>")
            .arg(escaped(title),
                 escaped(tr("Current campaigns as of %1")
                             .arg(QLocale().toString(overview.today, QLocale::LongFormat))));
    html += openTable(
        {tr("Campaign"), tr("Status"), tr("Open"), tr("Overdue"), tr("Done"), tr("Partners")},
        {2, 3, 4, 5});
    for (const CoalitionOverview::CampaignLine &line : overview.campaigns)
        html += row({line.name, ReportText::campaignStatus(line.status),
                     QLocale().toString(line.open), QLocale().toString(line.overdue),
                     QLocale().toString(line.done), QLocale().toString(line.partners)},
                    {2, 3, 4, 5});
    html += closeTable();
    html += QStringLiteral("<p align=\"center\">%1</p>")
                .arg(Printout::chartMarker(QStringLiteral("campaigns")));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Busiest owners")));
    html += openTable({tr("Owner"), tr("Open"), tr("Overdue")}, {1, 2});
    for (const CoalitionOverview::Owner &owner : overview.busiestOwners)
        html += row({owner.name, QLocale().toString(owner.open), QLocale().toString(owner.overdue)},
                    {1, 2});
    html += closeTable();
    // The week's deadlines follow, as the agenda prints them (without its title).
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("This week's deadlines")));
    html += agendaGroups(overview.thisWeek);
    Printout printout(title, html);
    const qreal height = qBound(160.0, 40.0 + 18.0 * overview.campaigns.size(), 520.0);
    printout.addChart(
        QStringLiteral("campaigns"),
        [overview] { return ReportCharts::campaigns(overview, ReportCharts::Look::Light); },
        QSizeF(480, height));
    return printout;
}
