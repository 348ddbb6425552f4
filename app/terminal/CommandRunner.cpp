#include "app/terminal/CommandRunner.h"

#include "app/terminal/AgendaCommand.h"
#include "app/terminal/DemoCommand.h"
#include "app/terminal/ExportCommand.h"
#include "app/terminal/GenerateCommand.h"
#include "app/terminal/ImportCommand.h"
#include "app/terminal/IntakeCommand.h"
#include "app/terminal/ServerCommand.h"
#include "app/terminal/SyncCommand.h"
#include "model/domain/CoalitionError.h"

#include <QCoreApplication>

int CommandRunner::run(const CommandLineRequest &request)
{
    try {
        return dispatch(request);
    } catch (const CoalitionError &error) {
        m_err << QStringLiteral("coalition: ") << error.message() << Qt::endl;
        return 1;
    }
}

int CommandRunner::dispatch(const CommandLineRequest &request)
{
    switch (request.command) {
    case CommandLineRequest::Command::Help:
        m_out << request.helpText;
        return 0;
    case CommandLineRequest::Command::Version:
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case CommandLineRequest::Command::Agenda:
        return AgendaCommand::run(request, m_out);
    case CommandLineRequest::Command::Demo:
        return DemoCommand::run(request, m_out);
    case CommandLineRequest::Command::Export:
        return ExportCommand::run(request, m_out);
    case CommandLineRequest::Command::Import:
        return ImportCommand::run(request, m_out, m_err);
    case CommandLineRequest::Command::Intake:
        return IntakeCommand::run(request, m_out, m_err);
    case CommandLineRequest::Command::Sync:
        return SyncCommand::run(request, m_out);
    case CommandLineRequest::Command::Generate:
        return GenerateCommand::run(request, m_out, m_err);
    case CommandLineRequest::Command::Server:
        return ServerCommand::run(request, m_out);
    case CommandLineRequest::Command::Window:
    case CommandLineRequest::Command::Print:
    case CommandLineRequest::Command::Report:
        break; // they draw: main() gives them to WindowCommand and PrintCommands
    }
    m_err << QStringLiteral("coalition: the window, print and report draw; they are not "
                            "terminal commands")
          << Qt::endl;
    return 2;
}
