#include "app/cli/CommandLine.h"

#include "app/cli/CommandHelp.h"
#include "app/cli/CommonOptions.h"
#include "app/cli/GenerateOptions.h"
#include "app/cli/PrintOptions.h"
#include "app/cli/ServerOptions.h"
#include "app/cli/SyncOptions.h"
#include "app/cli/UsageError.h"
#include "model/domain/Validation.h"
#include "model/settings/WindowPages.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

namespace {

QString description()
{
    return QCoreApplication::translate(
        "CommandLine",
        "Coalition: partner organizations, contacts, campaigns and action items for "
        "community organizers.\n\n"
        "Commands:\n"
        "  (none)                          open the window\n"
        "  agenda [--days N] [--db PATH]   print open action items by deadline\n"
        "  demo --db PATH                  create a database from the sample data\n"
        "  export actions|organizations|contacts|campaigns|partners [filters] [--out FILE]\n"
        "                                  write a CSV file for spreadsheets\n"
        "  export ics|vcf [--out FILE]     deadlines for calendars, contacts for address books\n"
        "  import contacts|organizations|actions|campaigns|partners FILE [--dry-run]\n"
        "                                  read a CSV file, all or nothing\n"
        "  intake FILE|- [--dry-run] [--language LANG]\n"
        "                                  draft action items from an alert, into the Inbox\n"
        "  print actions|agenda|contacts [filters] --pdf FILE\n"
        "                                  a handout as PDF, in the window's language\n"
        "  report campaign NAME|ID|overview [--pdf FILE] [--since DATE]\n"
        "                                  a campaign's progress, or all campaigns'\n"
        "  sync --feed PATH|URL            sync with the team's shared feed\n"
        "  server init|add-member NAME|remove-member NAME --server URL\n"
        "                                  set up a PostgreSQL team server, manage members\n"
        "  generate --db PATH [--actions N]\n"
        "                                  a large made-up database, for trying speed\n\n"
        "\"coalition COMMAND --help\" tells one command's usage and options.\n"
        "Exit status: 0 on success, 1 on failure, 2 on bad usage.");
}

} // namespace

bool CommandLine::isTerminalCommand(const QStringList &arguments)
{
    static const QStringList optionsWithValue = {
        QStringLiteral("--db"), QStringLiteral("--today"), QStringLiteral("--days"),
        QStringLiteral("--screenshot"), QStringLiteral("--page")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h") ||
            argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            return true;
        if (optionsWithValue.contains(argument) ||
            ExportOptions::optionsWithValue().contains(argument) ||
            ImportOptions::optionsWithValue().contains(argument) ||
            IntakeOptions::optionsWithValue().contains(argument) ||
            GenerateOptions::optionsWithValue().contains(argument) ||
            ServerOptions::optionsWithValue().contains(argument) ||
            PrintOptions::optionsWithValue().contains(argument) ||
            SyncOptions::optionsWithValue().contains(argument)) {
            ++i; // skip the option's value
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a subcommand, or a mistyped one that only needs an error message
    }
    return false;
}

bool CommandLine::isPrintCommand(const QStringList &arguments)
{
    if (!isTerminalCommand(arguments))
        return false;
    for (int i = 1; i < arguments.size(); ++i) {
        if (!arguments.at(i).startsWith(QLatin1Char('-')))
            return arguments.at(i) == QLatin1String("print") ||
                   arguments.at(i) == QLatin1String("report");
        if (!arguments.at(i).contains(QLatin1Char('=')))
            ++i; // --db PATH, --today DATE: the options before a command take a value
    }
    return false;
}

QString CommandLine::screenshotArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--screenshot"))
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--screenshot=")))
            return arguments.at(i).mid(13);
    }
    return {};
}

namespace {

CommandLineRequest::Command commandNamed(const QString &command)
{
    static const QHash<QString, CommandLineRequest::Command> commands = {
        {QString(), CommandLineRequest::Command::Window},
        {QStringLiteral("agenda"), CommandLineRequest::Command::Agenda},
        {QStringLiteral("demo"), CommandLineRequest::Command::Demo},
        {QStringLiteral("export"), CommandLineRequest::Command::Export},
        {QStringLiteral("import"), CommandLineRequest::Command::Import},
        {QStringLiteral("sync"), CommandLineRequest::Command::Sync},
        {QStringLiteral("generate"), CommandLineRequest::Command::Generate},
        {QStringLiteral("server"), CommandLineRequest::Command::Server},
        {QStringLiteral("print"), CommandLineRequest::Command::Print},
        {QStringLiteral("report"), CommandLineRequest::Command::Report},
        {QStringLiteral("intake"), CommandLineRequest::Command::Intake},
    };
    const auto found = commands.constFind(command);
    if (found == commands.cend())
        throw UsageError(
            QCoreApplication::translate("CommandLine", "Unknown command \"%1\".").arg(command));
    return *found;
}

// The window takes --campaign (with --page reports: that campaign's report) and no other
// export option.
bool onlyCampaignOption(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &option : ExportOptions::options()) {
        if (option.names().first() != QLatin1String("campaign") &&
            parser.isSet(option.names().first()))
            return false;
    }
    return true;
}

// Each command's own options, refused when given to another command.
void readCommandOptions(const QCommandLineParser &parser, const QStringList &positional,
                        CommandLineRequest &request)
{
    using Command = CommandLineRequest::Command;
    const bool printing = request.command == Command::Print || request.command == Command::Report;
    if (printing)
        request.printRequest =
            PrintOptions::read(parser, positional, request.command == Command::Report);
    else if (PrintOptions::anySet(parser))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--pdf and --since belong to the print and report commands."));
    if (request.command == Command::Export)
        request.exportRequest = ExportOptions::read(parser, positional);
    else if (request.command == Command::Window && parser.isSet(QStringLiteral("campaign")) &&
             onlyCampaignOption(parser))
        request.exportRequest.campaign = parser.value(QStringLiteral("campaign")); // its report
    else if (ExportOptions::anySet(parser) && !printing)
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "Those options belong to the export command."));
    if (request.command == Command::Import)
        request.importRequest = ImportOptions::read(parser, positional);
    else if (request.command == Command::Intake)
        request.intakeRequest = IntakeOptions::read(parser, positional);
    if (request.command != Command::Import &&
        (ImportOptions::anySet(parser) &&
         !(request.command == Command::Intake && ImportOptions::onlyDryRun(parser))))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--dry-run and --on-match belong to the import command."));
    if (request.command != Command::Intake && IntakeOptions::anySet(parser))
        throw UsageError(QCoreApplication::translate("CommandLine",
                                                     "--language belongs to the intake command."));
    if (request.command == Command::Generate) {
        if (request.databasePath.isEmpty())
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "generate needs --db PATH: a new database file to fill."));
        request.generateSizes = GenerateOptions::read(parser);
    } else if (GenerateOptions::anySet(parser)) {
        throw UsageError(QCoreApplication::translate(
            "CommandLine",
            "--actions, --orgs, --contacts, --campaigns and --seed belong to generate."));
    }
    if (request.command == Command::Server)
        request.serverRequest = ServerOptions::read(parser, positional);
    else if (ServerOptions::anySet(parser))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--server, --team and --member-password-file belong to the server "
                           "command."));
    request.passwordFile = parser.value(QStringLiteral("password-file"));
    if (parser.isSet(QStringLiteral("password-file")) && request.command != Command::Sync &&
        request.command != Command::Server)
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--password-file belongs to the sync and server commands."));
    if (request.command == Command::Sync)
        SyncOptions::read(parser, request);
    else if (request.command == Command::Server)
        request.caFile = parser.value(QStringLiteral("ca-file")); // a server with TLS
    if (request.command != Command::Sync &&
        SyncOptions::anySet(parser, request.command == Command::Server))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--feed, --allow-mass-delete, --create-feed, --passphrase-file and "
                           "--ca-file belong to the sync command."));
}

void readAgendaAndWindowOptions(const QCommandLineParser &parser, const CommonOptions &common,
                                CommandLineRequest &request)
{
    using Command = CommandLineRequest::Command;
    if (parser.isSet(common.days)) {
        if (request.command != Command::Agenda &&
            !(request.command == Command::Print &&
              request.printRequest.what == QLatin1String("agenda")))
            throw UsageError(
                QCoreApplication::translate("CommandLine", "--days applies to the agenda only."));
        bool ok = false;
        request.days = parser.value(common.days).toInt(&ok);
        if (!ok || request.days < 0)
            throw UsageError(
                QCoreApplication::translate(
                    "CommandLine", "--days needs a whole number of days, 0 or more (got \"%1\").")
                    .arg(parser.value(common.days)));
    }
    if (parser.isSet(common.screenshot)) {
        if (request.command != Command::Window)
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "--screenshot applies to the window only."));
        request.screenshotPath = parser.value(common.screenshot);
    }
    if (parser.isSet(common.create)) {
        if (request.command != Command::Window)
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "--create applies to the window only (demo and generate always "
                               "create)."));
        request.create = true;
    }
    if (parser.isSet(common.page)) {
        const QStringList pages = WindowPages::names();
        if (request.command != Command::Window)
            throw UsageError(
                QCoreApplication::translate("CommandLine", "--page applies to the window only."));
        request.page = int(pages.indexOf(parser.value(common.page).toLower()));
        if (request.page < 0)
            throw UsageError(QCoreApplication::translate("CommandLine", "--page takes one of: %1.")
                                 .arg(pages.join(QStringLiteral(", "))));
    }
}

void readDatabase(const QCommandLineParser &parser, const CommonOptions &common,
                  CommandLineRequest &request)
{
    request.databasePath = parser.value(common.db);
    if (parser.isSet(common.db) && request.databasePath.isEmpty())
        throw UsageError(QCoreApplication::translate("CommandLine", "--db needs a file name."));
    if (request.command == CommandLineRequest::Command::Demo && request.databasePath.isEmpty())
        throw UsageError(QCoreApplication::translate("CommandLine",
                                                     "demo needs --db PATH: the file to create."));
}

void readToday(const QCommandLineParser &parser, const CommonOptions &common,
               CommandLineRequest &request)
{
    if (parser.isSet(common.today)) {
        request.today = Validation::parseDate(parser.value(common.today));
        if (!request.today.isValid())
            throw CoalitionError(QCoreApplication::translate(
                                     "CommandLine",
                                     "--today: \"%1\" is not a date; use YYYY-MM-DD, such as "
                                     "2021-12-15.")
                                     .arg(parser.value(common.today)));
    }
}

} // namespace

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const CommonOptions common;
    parser.addOptions(
        {common.db, common.today, common.days, common.screenshot, common.page, common.create});
    parser.addOptions(ExportOptions::options());
    parser.addOptions(ImportOptions::options());
    parser.addOptions(IntakeOptions::options());
    parser.addOptions(GenerateOptions::options());
    parser.addOptions(SyncOptions::options());
    parser.addOptions(ServerOptions::options());
    parser.addOptions(PrintOptions::options());
    parser.addPositionalArgument(
        QCoreApplication::translate("CommandLine", "command"),
        QCoreApplication::translate(
            "CommandLine",
            "agenda, demo, export, import, intake, print, report, sync, generate or server; none "
            "opens the window."),
        QStringLiteral("[command]"));

    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());

    CommandLineRequest request;
    request.helpText = parser.helpText();
    if (parser.isSet(helpOption)) {
        request.command = CommandLineRequest::Command::Help;
        // "coalition import --help": that command's own usage, git-style.
        if (const QString command = parser.positionalArguments().value(0); !command.isEmpty()) {
            commandNamed(command); // an unknown one is a usage error
            request.helpText = CommandHelp::text(command);
        }
        return request;
    }
    if (parser.isSet(versionOption)) {
        request.command = CommandLineRequest::Command::Version;
        return request;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() > 1 && command != QLatin1String("export") &&
        command != QLatin1String("import") && command != QLatin1String("server") &&
        command != QLatin1String("intake") && command != QLatin1String("print") &&
        command != QLatin1String("report"))
        throw UsageError(QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".")
                             .arg(positional.at(1)));
    request.command = commandNamed(command);
    // In this order, so that of several problems the same one is reported as before.
    readDatabase(parser, common, request);
    readCommandOptions(parser, positional, request);
    readAgendaAndWindowOptions(parser, common, request);
    readToday(parser, common, request);
    return request;
}
