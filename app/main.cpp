#include "app/cli/CommandLine.h"
#include "app/cli/UsageError.h"
#include "app/desktop/WindowCommand.h"
#include "app/print/PrintCommands.h"
#include "app/terminal/CommandRunner.h"
#include "model/settings/Translations.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("coalition"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COALITION_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Terminal commands must run without a display (scripts, ssh, CI), so they get a
    // QCoreApplication; only the window needs QApplication.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::isPrintCommand(arguments)) {
        // Pages and charts are laid out with fonts and graphics items, never shown.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (CommandLine::isTerminalCommand(arguments)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        const bool hasDisplay = qEnvironmentVariableIsSet("DISPLAY") ||
                                qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
                                qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
        if (!hasDisplay) {
            // A screenshot needs no screen; a window does, and Qt would abort without one.
            if (CommandLine::screenshotArgument(arguments).isEmpty()) {
                std::fputs("coalition: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                           "Run a terminal command such as \"coalition agenda\", or add "
                           "--screenshot FILE.\n",
                           stderr);
                return 1;
            }
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
        // The launcher's name ties windows to it (Wayland), and its icon is the
        // window's: the installed theme's when there is one, else the built-in copy.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.coalition.Coalition"));
        QApplication::setWindowIcon(
            QIcon::fromTheme(QStringLiteral("org.coalition.Coalition"),
                             QIcon(QStringLiteral(":/icons/org.coalition.Coalition.png"))));
    }
    describeApplication();
    Translations::install(Translations::chosen());
    QApplication::setApplicationDisplayName(QStringLiteral("Coalition"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineRequest request;
    try {
        request = CommandLine::parse(arguments);
    } catch (const UsageError &error) {
        err << QStringLiteral("coalition: ") << error.message() << Qt::endl
            << QStringLiteral("Try \"coalition --help\".") << Qt::endl;
        return 2;
    } catch (const CoalitionError &error) {
        err << QStringLiteral("coalition: ") << error.message() << Qt::endl;
        return 1;
    }
    if (request.command == CommandLineRequest::Command::Window)
        return WindowCommand::run(request, out, err);
    if (request.command == CommandLineRequest::Command::Print ||
        request.command == CommandLineRequest::Command::Report)
        return PrintCommands::run(request, out, err);
    return CommandRunner(out, err).run(request);
}
