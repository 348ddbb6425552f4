#include "app/print/PrintCommands.h"

#include "app/cli/RequestEnvironment.h"
#include "app/print/ReportTerminalText.h"
#include "app/print/TableRows.h"
#include "model/domain/CoalitionError.h"
#include "model/records/Agenda.h"
#include "model/records/CampaignRepository.h"
#include "model/reports/CampaignReportQuery.h"
#include "model/reports/CoalitionOverview.h"
#include "model/settings/Settings.h"
#include "model/storage/Database.h"
#include "ui/print/Printouts.h"

#include <QCoreApplication>

namespace {

Printout printout(Database &database, const CommandLineRequest &request)
{
    const PrintRequest &wanted = request.printRequest;
    const QDate today = database.clock().today();
    if (wanted.what == QLatin1String("agenda"))
        return Printouts::agenda(Agenda::build(database, today, request.days), today);
    if (wanted.what == QLatin1String("actions"))
        return TableRows::actions(database, wanted.filters);
    if (wanted.what == QLatin1String("contacts"))
        return TableRows::contacts(database, wanted.filters.columns);
    if (wanted.what == QLatin1String("overview"))
        return Printouts::overview(CoalitionOverview::build(database, today));
    return Printouts::campaign(CampaignReportQuery::build(
        database, TableRows::campaignId(database, wanted.subject), today, wanted.since));
}

} // namespace

namespace PrintCommands {

int run(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    try {
        const auto clock = RequestEnvironment::clock(request);
        const auto database = Database::open(RequestEnvironment::databasePath(request), *clock,
                                             Database::OpenMode::ReadOnly);
        const PrintRequest &wanted = request.printRequest;
        if (wanted.pdfPath.isEmpty()) { // report as text
            const QDate today = clock->today();
            if (wanted.what == QLatin1String("overview"))
                ReportTerminalText::overview(out, CoalitionOverview::build(*database, today));
            else
                ReportTerminalText::campaign(
                    out, CampaignReportQuery::build(
                             *database, TableRows::campaignId(*database, wanted.subject), today,
                             wanted.since));
            return 0;
        }
        Printout page = printout(*database, request);
        page.setHeading(Settings().text(Settings::Key::CoalitionName));
        page.setPrintedOn(clock->today());
        page.writePdf(wanted.pdfPath);
        out << QCoreApplication::translate("PrintCommands", "Wrote %1.").arg(wanted.pdfPath)
            << Qt::endl;
        return 0;
    } catch (const CoalitionError &error) {
        err << QStringLiteral("coalition: ") << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace PrintCommands
