#include "app/cli/CommandLine.h"

#include "app/cli/GenerateOptions.h"

#include "app/cli/UsageError.h"
#include "model/domain/Validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
        "  export actions|organizations|contacts|campaigns [filters] [--out FILE]\n"
        "                                  write a CSV file for spreadsheets\n"
        "  export ics|vcf [--out FILE]     deadlines for calendars, contacts for address books\n"
        "  import contacts|organizations|actions FILE [--dry-run] [--on-match WHAT]\n"
        "                                  read a CSV file, all or nothing\n\n"
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
            GenerateOptions::optionsWithValue().contains(argument) ||
            argument == QLatin1String("--feed") || argument == QLatin1String("--passphrase-file") ||
            argument == QLatin1String("--ca-file")) {
            ++i; // skip the option's value
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return true; // a subcommand, or a mistyped one that only needs an error message
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

CommandLineRequest CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("CommandLine",
                                    "Database file (default: coalition.sqlite in your data "
                                    "folder)."),
        QCoreApplication::translate("CommandLine", "PATH"));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QCoreApplication::translate("CommandLine", "Act as if today were DATE (YYYY-MM-DD)."),
        QCoreApplication::translate("CommandLine", "DATE"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"),
        QCoreApplication::translate("CommandLine",
                                    "agenda: show items due within N days (overdue always)."),
        QCoreApplication::translate("CommandLine", "N"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Render the window to a PNG file and exit."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate(
            "CommandLine",
            "Open the window on a page: campaigns, organizations, contacts, actions or deadlines."),
        QCoreApplication::translate("CommandLine", "PAGE"));
    parser.addOptions({dbOption, todayOption, daysOption, screenshotOption, pageOption});
    parser.addOptions(ExportOptions::options());
    parser.addOptions(ImportOptions::options());
    parser.addOptions(GenerateOptions::options());
    const QCommandLineOption feedOption(
        QStringLiteral("feed"),
        QCoreApplication::translate("CommandLine",
                                    "sync: the shared feed, a file on a shared drive or in "
                                    "a synced folder, or an http(s):// URL on a team "
                                    "server (WebDAV or any server honouring If-Match)."),
        QCoreApplication::translate("CommandLine", "PATH|URL"));
    const QCommandLineOption massDeleteOption(
        QStringLiteral("allow-mass-delete"),
        QCoreApplication::translate(
            "CommandLine",
            "sync: go ahead even if the sync deletes more than half of the records."));
    const QCommandLineOption createFeedOption(
        QStringLiteral("create-feed"),
        QCoreApplication::translate(
            "CommandLine", "sync: start the feed anew from this laptop when it has gone missing."));
    const QCommandLineOption passphraseOption(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate("CommandLine",
                                    "sync: read the team passphrase from FILE (its first line)."),
        QCoreApplication::translate("CommandLine", "FILE"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate(
            "CommandLine",
            "sync: also trust the certificate authorities in FILE (PEM), for a team server "
            "with a certificate of its own."),
        QCoreApplication::translate("CommandLine", "FILE"));
    parser.addOptions(
        {feedOption, massDeleteOption, createFeedOption, passphraseOption, caFileOption});
    parser.addPositionalArgument(
        QCoreApplication::translate("CommandLine", "command"),
        QCoreApplication::translate(
            "CommandLine",
            "agenda, demo, export, import, sync or generate; none opens the window."),
        QStringLiteral("[command]"));

    if (!parser.parse(arguments))
        throw UsageError(parser.errorText());

    CommandLineRequest request;
    request.helpText = parser.helpText();
    if (parser.isSet(helpOption)) {
        request.command = CommandLineRequest::Command::Help;
        return request;
    }
    if (parser.isSet(versionOption)) {
        request.command = CommandLineRequest::Command::Version;
        return request;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (positional.size() > 1 && command != QLatin1String("export") &&
        command != QLatin1String("import"))
        throw UsageError(QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\".")
                             .arg(positional.at(1)));
    if (command.isEmpty())
        request.command = CommandLineRequest::Command::Window;
    else if (command == QLatin1String("agenda"))
        request.command = CommandLineRequest::Command::Agenda;
    else if (command == QLatin1String("demo"))
        request.command = CommandLineRequest::Command::Demo;
    else if (command == QLatin1String("export"))
        request.command = CommandLineRequest::Command::Export;
    else if (command == QLatin1String("import"))
        request.command = CommandLineRequest::Command::Import;
    else if (command == QLatin1String("sync"))
        request.command = CommandLineRequest::Command::Sync;
    else if (command == QLatin1String("generate"))
        request.command = CommandLineRequest::Command::Generate;
    else
        throw UsageError(
            QCoreApplication::translate("CommandLine", "Unknown command \"%1\".").arg(command));

    request.databasePath = parser.value(dbOption);
    if (parser.isSet(dbOption) && request.databasePath.isEmpty())
        throw UsageError(QCoreApplication::translate("CommandLine", "--db needs a file name."));
    if (request.command == CommandLineRequest::Command::Demo && request.databasePath.isEmpty())
        throw UsageError(QCoreApplication::translate("CommandLine",
                                                     "demo needs --db PATH: the file to create."));

    if (request.command == CommandLineRequest::Command::Export)
        request.exportRequest = ExportOptions::read(parser, positional);
    else if (ExportOptions::anySet(parser))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "Those options belong to the export command."));
    if (request.command == CommandLineRequest::Command::Import)
        request.importRequest = ImportOptions::read(parser, positional);
    else if (ImportOptions::anySet(parser))
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--dry-run and --on-match belong to the import command."));

    if (request.command == CommandLineRequest::Command::Generate) {
        if (request.databasePath.isEmpty())
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "generate needs --db PATH: a new database file to fill."));
        request.generateSizes = GenerateOptions::read(parser);
    } else if (GenerateOptions::anySet(parser)) {
        throw UsageError(QCoreApplication::translate(
            "CommandLine",
            "--actions, --orgs, --contacts, --campaigns and --seed belong to generate."));
    }

    const bool syncOptions = parser.isSet(feedOption) || parser.isSet(massDeleteOption) ||
                             parser.isSet(createFeedOption) || parser.isSet(passphraseOption) ||
                             parser.isSet(caFileOption);
    if (request.command == CommandLineRequest::Command::Sync) {
        request.feed = parser.value(feedOption);
        if (request.feed.isEmpty())
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "sync needs --feed PATH|URL: the shared feed."));
        request.allowMassDelete = parser.isSet(massDeleteOption);
        request.createFeed = parser.isSet(createFeedOption);
        request.passphraseFile = parser.value(passphraseOption);
        request.caFile = parser.value(caFileOption);
    } else if (syncOptions) {
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--feed, --allow-mass-delete, --create-feed, --passphrase-file and "
                           "--ca-file belong to the sync command."));
    }

    if (parser.isSet(daysOption)) {
        if (request.command != CommandLineRequest::Command::Agenda)
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "--days applies to the agenda command only."));
        bool ok = false;
        request.days = parser.value(daysOption).toInt(&ok);
        if (!ok || request.days < 0)
            throw UsageError(
                QCoreApplication::translate(
                    "CommandLine", "--days needs a whole number of days, 0 or more (got \"%1\").")
                    .arg(parser.value(daysOption)));
    }
    if (parser.isSet(screenshotOption)) {
        if (request.command != CommandLineRequest::Command::Window)
            throw UsageError(QCoreApplication::translate(
                "CommandLine", "--screenshot applies to the window only."));
        request.screenshotPath = parser.value(screenshotOption);
    }
    if (parser.isSet(pageOption)) {
        static const QStringList pages = {
            QStringLiteral("campaigns"), QStringLiteral("organizations"),
            QStringLiteral("contacts"), QStringLiteral("actions"), QStringLiteral("deadlines")};
        if (request.command != CommandLineRequest::Command::Window)
            throw UsageError(
                QCoreApplication::translate("CommandLine", "--page applies to the window only."));
        request.page = int(pages.indexOf(parser.value(pageOption).toLower()));
        if (request.page < 0)
            throw UsageError(QCoreApplication::translate("CommandLine", "--page takes one of: %1.")
                                 .arg(pages.join(QStringLiteral(", "))));
    }
    if (parser.isSet(todayOption)) {
        request.today = Validation::parseDate(parser.value(todayOption));
        if (!request.today.isValid())
            throw CoalitionError(QCoreApplication::translate(
                                     "CommandLine",
                                     "--today: \"%1\" is not a date; use YYYY-MM-DD, such as "
                                     "2021-12-15.")
                                     .arg(parser.value(todayOption)));
    }
    return request;
}
