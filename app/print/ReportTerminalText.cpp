#include "app/print/ReportTerminalText.h"

#include "ui/presentation/ReportText.h"

#include <QCoreApplication>

namespace {

void heading(QTextStream &out, const QString &text)
{
    out << Qt::endl << text << Qt::endl << QString(text.size(), QLatin1Char('-')) << Qt::endl;
}

} // namespace

namespace ReportTerminalText {

void campaign(QTextStream &out, const CampaignReport &report)
{
    const Campaign &campaign = report.campaign;
    out << campaign.name << QStringLiteral(" (") << ReportText::campaignStatus(campaign.status)
        << QStringLiteral(")") << Qt::endl;
    out << QCoreApplication::translate("ReportTerminalText", "Ask: %1").arg(campaign.goal)
        << Qt::endl;
    out << QCoreApplication::translate("ReportTerminalText", "Target: %1").arg(campaign.target)
        << Qt::endl;
    out << ReportText::totals(report) << Qt::endl;

    heading(out, QCoreApplication::translate("ReportTerminalText", "Week by week (all, done)"));
    for (const BurnUp::Week &week : report.burnUp)
        out << QStringLiteral("  %1  %2  %3")
                   .arg(week.end.toString(Qt::ISODate))
                   .arg(week.total, 5)
                   .arg(week.done, 5)
            << Qt::endl;

    heading(out, QCoreApplication::translate("ReportTerminalText", "Partners (%1)")
                     .arg(report.partners.size()));
    for (const CampaignReport::Partner &partner : report.partners)
        out << QStringLiteral("  %1 — %2").arg(partner.name, ReportText::role(partner.role))
            << QCoreApplication::translate("ReportTerminalText", ", %n open item(s)", nullptr,
                                           partner.openItems)
            << Qt::endl;

    heading(out, QCoreApplication::translate("ReportTerminalText", "Open action items (%1)")
                     .arg(report.openCount));
    for (const CampaignReport::OpenItem &item : report.openItems) {
        QStringList details;
        if (!item.owner.isEmpty())
            details << item.owner;
        details << ReportText::priority(item.priority);
        out << QStringLiteral("  %1  %2  [%3]")
                   .arg(ReportText::when(item), item.title, details.join(QStringLiteral(", ")))
            << Qt::endl;
    }

    heading(out, QCoreApplication::translate("ReportTerminalText", "Open items by owner"));
    for (const CampaignReport::Count &count : report.openByOwner)
        out << QStringLiteral("  %1: %2").arg(ReportText::owner(count.name)).arg(count.open)
            << Qt::endl;

    heading(out, QCoreApplication::translate("ReportTerminalText", "Changed since %1")
                     .arg(ReportText::day(report.changesSince)));
    for (const CampaignReport::Change &change : report.changes)
        out << QStringLiteral("  %1  %2: %3 — %4")
                   .arg(ReportText::at(change.at), change.author, change.recordName,
                        ReportText::fields(change.kind, change.fields))
            << Qt::endl;
}

void overview(QTextStream &out, const CoalitionOverview &overview)
{
    out << QCoreApplication::translate("ReportTerminalText",
                                       "Current campaigns: open, overdue, done, partners")
        << Qt::endl;
    for (const CoalitionOverview::CampaignLine &line : overview.campaigns)
        out << QStringLiteral("  %1  %2  %3  %4  %5")
                   .arg(line.open, 5)
                   .arg(line.overdue, 5)
                   .arg(line.done, 5)
                   .arg(line.partners, 4)
                   .arg(line.name)
            << Qt::endl;
    heading(out, QCoreApplication::translate("ReportTerminalText", "Busiest owners"));
    for (const CoalitionOverview::Owner &owner : overview.busiestOwners)
        out << QStringLiteral("  %1: %2").arg(owner.name).arg(owner.open) << Qt::endl;
}

} // namespace ReportTerminalText
