#include "app/desktop/WindowCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "app/desktop/DesktopSession.h"
#include "model/domain/CoalitionError.h"
#include "model/records/CampaignRepository.h"
#include "model/storage/Database.h"
#include "ui/pages/Page.h"
#include "ui/window/MainWindow.h"

#include <QApplication>

namespace {

// The first run makes the default database (an empty file there is an interrupted first
// run); a file named with --db must hold one unless --create asks for a new one.
Database::OpenMode openMode(const CommandLineRequest &request)
{
    return request.databasePath.isEmpty() || request.create ? Database::OpenMode::Create
                                                            : Database::OpenMode::CreateIfMissing;
}

// --campaign NAME|ID: the start page shows that campaign (the Reports page, its report).
void showCampaign(MainWindow &window, Database &database, const CommandLineRequest &request)
{
    if (request.exportRequest.campaign.isEmpty())
        return;
    const auto campaign =
        CampaignRepository(database).findByIdOrName(request.exportRequest.campaign);
    if (!campaign)
        throw CoalitionError(
            QCoreApplication::translate("CommandRunner", "There is no campaign named \"%1\".")
                .arg(request.exportRequest.campaign));
    if (Page *shown = window.page(window.currentPageIndex()))
        shown->showRecord(campaign->id);
}

int openWindow(const CommandLineRequest &request, QTextStream &out)
{
    const auto clock = RequestEnvironment::clock(request);
    DesktopSession session(*clock);
    if (!request.screenshotPath.isEmpty()) {
        // A picture of the window for scripts and docs: no questions, no event loop.
        const auto database =
            Database::open(RequestEnvironment::databasePath(request), *clock, openMode(request));
        MainWindow window(*database, request.page);
        showCampaign(window, *database, request);
        // The pictures are of a 1440×900 window, whatever screen renders them (the
        // offscreen one is 800×600).
        window.resize(1440, 900);
        window.show();
        QApplication::processEvents();
        if (!window.saveScreenshot(request.screenshotPath))
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "Cannot write the screenshot %1.")
                    .arg(request.screenshotPath));
        out << QCoreApplication::translate("CommandRunner", "Saved a screenshot to %1.")
                   .arg(request.screenshotPath)
            << Qt::endl;
        return 0;
    }
    session.setStartPage(request.page);
    if (!session.open(RequestEnvironment::databasePath(request), true,
                      openMode(request) == Database::OpenMode::Create))
        return 1;
    showCampaign(*session.window(), session.window()->database(), request);
    return QApplication::exec();
}

} // namespace

int WindowCommand::run(const CommandLineRequest &request, QTextStream &out, QTextStream &err)
{
    try {
        return openWindow(request, out);
    } catch (const CoalitionError &error) {
        err << QStringLiteral("coalition: ") << error.message() << Qt::endl;
        return 1;
    }
}
