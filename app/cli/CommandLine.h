#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "app/cli/ExportOptions.h"
#include "app/cli/ImportOptions.h"
#include "app/cli/IntakeOptions.h"
#include "app/cli/PrintOptions.h"
#include "app/cli/ServerOptions.h"
#include "model/sample/DatasetGenerator.h"

// What the user asked for on the command line (DESIGN.md §6), parsed and checked.
struct CommandLineRequest
{
    enum class Command
    {
        Window,
        Agenda,
        Demo,
        Export,
        Import,
        Sync,
        Generate,
        Server,
        Print,
        Report,
        Intake,
        Help,
        Version
    };

    Command command = Command::Window;
    QString databasePath; // empty: the default database in the user's data folder
    QDate today;          // invalid: the real date
    int days = -1;        // agenda horizon; -1: everything
    QString screenshotPath;
    int page = -1;       // --page: the window's page to show (WindowPages::Index); -1: last used
    bool create = false; // --create: a new database even in an empty --db file
    ExportRequest exportRequest;
    ImportRequest importRequest;
    PrintRequest printRequest;
    IntakeRequest intakeRequest;
    QString feed; // sync --feed
    bool allowMassDelete = false;
    bool createFeed = false;
    QString passphraseFile;
    bool noEncryption = false; // sync --no-encryption
    QString newPassphraseFile; // sync --new-passphrase-file
    bool rotateKey = false;    // sync --rotate-key
    bool rejoin = false;       // sync --rejoin
    QString caFile;            // sync --ca-file
    QString passwordFile;      // sync and server --password-file: the team server password
    ServerRequest serverRequest;
    DatasetGenerator::Sizes generateSizes;
    QString helpText;
};

// Parses git-style subcommands with QCommandLineParser. Throws UsageError (exit 2)
// for malformed usage and CoalitionError (exit 1) for a value that is well formed
// but wrong, such as --today 2021-02-30.
class CommandLine
{
public:
    static CommandLineRequest parse(const QStringList &arguments);

    // True unless the arguments ask for the window: subcommands (even unknown ones),
    // --help and --version run without a display, on a QCoreApplication.
    static bool isTerminalCommand(const QStringList &arguments);
    // print and report lay out pages and draw charts: they need QApplication (on the
    // offscreen platform), not a display.
    static bool isPrintCommand(const QStringList &arguments);
    // The --screenshot value when one is given (before parsing, to pick the platform).
    static QString screenshotArgument(const QStringList &arguments);
};
