#include "CommandRunner.h"

#include "Agenda.h"
#include "AgendaPrinter.h"
#include "AppPaths.h"
#include "CoalitionError.h"
#include "Database.h"
#include "DesktopSession.h"
#include "MainWindow.h"
#include "SampleDataLoader.h"
#include "ShiftedClock.h"
#include "SystemClock.h"

#include <QApplication>
#include <memory>

namespace {

std::unique_ptr<Clock> makeClock(const CommandLineRequest &request)
{
    if (request.today.isValid())
        return std::make_unique<ShiftedClock>(request.today);
    return std::make_unique<SystemClock>();
}

QString databasePath(const CommandLineRequest &request)
{
    return request.databasePath.isEmpty() ? AppPaths::defaultDatabase() : request.databasePath;
}

} // namespace

int CommandRunner::run(const CommandLineRequest &request)
{
    try {
        switch (request.command) {
        case CommandLineRequest::Command::Help:
            m_out << request.helpText;
            return 0;
        case CommandLineRequest::Command::Version:
            m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
                  << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        case CommandLineRequest::Command::Agenda:
            return runAgenda(request);
        case CommandLineRequest::Command::Demo:
            return runDemo(request);
        case CommandLineRequest::Command::Window:
            return runWindow(request);
        }
    } catch (const CoalitionError &error) {
        m_err << QStringLiteral("coalition: ") << error.message() << Qt::endl;
        return 1;
    }
    return 1;
}

int CommandRunner::runAgenda(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    const auto database =
        Database::open(databasePath(request), *clock, Database::OpenMode::MustExist);
    const QDate today = clock->today();
    AgendaPrinter::print(m_out, Agenda::build(*database, today, request.days), today, request.days);
    return 0;
}

int CommandRunner::runDemo(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    const auto database = Database::open(request.databasePath, *clock);
    database->setAuthor(QStringLiteral("Coalition sample"));
    const SampleDataLoader::Result result = SampleDataLoader::load(*database);
    m_out << QCoreApplication::translate("CommandRunner",
                                         "%1: added %2 sample records (%3 were already there).")
                 .arg(request.databasePath)
                 .arg(result.created)
                 .arg(result.alreadyPresent)
          << Qt::endl;
    return 0;
}

int CommandRunner::runWindow(const CommandLineRequest &request)
{
    const auto clock = makeClock(request);
    DesktopSession session(*clock);
    if (!request.screenshotPath.isEmpty()) {
        // A picture of the window for scripts and docs: no questions, no event loop.
        const auto database = Database::open(databasePath(request), *clock);
        MainWindow window(*database);
        window.showPage(request.page);
        window.show();
        QApplication::processEvents();
        if (!window.saveScreenshot(request.screenshotPath))
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "Cannot write the screenshot %1.")
                    .arg(request.screenshotPath));
        m_out << QCoreApplication::translate("CommandRunner", "Saved a screenshot to %1.")
                     .arg(request.screenshotPath)
              << Qt::endl;
        return 0;
    }
    if (!session.open(databasePath(request)))
        return 1;
    return QApplication::exec();
}
