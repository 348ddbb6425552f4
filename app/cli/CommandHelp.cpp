#include "app/cli/CommandHelp.h"

#include "app/cli/CommonOptions.h"
#include "app/cli/ExportOptions.h"
#include "app/cli/GenerateOptions.h"
#include "app/cli/ImportOptions.h"
#include "app/cli/IntakeOptions.h"
#include "app/cli/PrintOptions.h"
#include "app/cli/ServerOptions.h"
#include "app/cli/SyncOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Help
{
    QString synopsis;    // what follows "coalition" on the usage line
    QString description; // what the command does
    QList<QCommandLineOption> options;
};

// The option of a group by its name (ca-file and password-file serve two commands).
QCommandLineOption named(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &option : options) {
        if (option.names().contains(name))
            return option;
    }
    Q_UNREACHABLE();
}

Help helpFor(const QString &command)
{
    const CommonOptions common;
    auto translated = [](const char *text) {
        return QCoreApplication::translate("CommandHelp", text);
    };
    // Each description is marked with QT_TRANSLATE_NOOP so lupdate finds it.
    if (command == QLatin1String("agenda"))
        return {QStringLiteral("agenda"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Prints the open action items by deadline: overdue first, then today, this "
                    "week and later.")),
                {common.days, common.today, common.db}};
    if (command == QLatin1String("demo"))
        return {QStringLiteral("demo --db PATH"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Creates a database from the sample coalition (or adds the sample's records "
                    "that are missing from it).")),
                {common.db}};
    if (command == QLatin1String("export"))
        return {QStringLiteral("export actions|organizations|contacts|campaigns|partners|ics|vcf"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Writes a CSV file for spreadsheets, the deadlines as iCalendar (ics) or the "
                    "contacts as vCards (vcf). Filters apply to action items.")),
                ExportOptions::options() << common.today << common.db};
    if (command == QLatin1String("import"))
        return {QStringLiteral("import contacts|organizations|actions|campaigns|partners FILE"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Reads a CSV file saved by a spreadsheet, all or nothing: a row with a "
                    "Coalition id updates its record, other rows are matched by email, phone or "
                    "website. Dates may be written as the spreadsheet writes them.")),
                ImportOptions::options() << common.db};
    if (command == QLatin1String("intake"))
        return {
            QStringLiteral("intake FILE|-"),
            translated(QT_TRANSLATE_NOOP(
                "CommandHelp",
                "Reads an alert (a partner's email, a statement, a web page's text; - for the "
                "standard input) into draft action items in the Inbox, and prints them as CSV "
                "with the action items' export columns. An alert added again adds nothing.")),
            QList<QCommandLineOption>{named(ImportOptions::options(), QStringLiteral("dry-run"))}
                << IntakeOptions::options() << common.today << common.db};
    if (command == QLatin1String("sync"))
        return {QStringLiteral("sync --feed PATH|URL"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Syncs with the team's shared feed: a file, a web address or a team server "
                    "(postgresql://…). Every laptop's edits are merged; nothing is lost.")),
                SyncOptions::options()
                    << named(ServerOptions::options(), QStringLiteral("password-file"))
                    << common.db};
    if (command == QLatin1String("server"))
        return {QStringLiteral("server init|add-member NAME|remove-member NAME"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp", "Sets up a PostgreSQL team server and manages who may use it.")),
                ServerOptions::options()
                    << named(SyncOptions::options(), QStringLiteral("ca-file"))};
    if (command == QLatin1String("print")) {
        QList<QCommandLineOption> options = {named(PrintOptions::options(), QStringLiteral("pdf"))};
        for (const char *name :
             {"campaign", "status", "owner", "due-before", "due-after", "columns"})
            options << named(ExportOptions::options(), QString::fromLatin1(name));
        return {QStringLiteral("print actions|agenda|contacts --pdf FILE"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Writes a handout as PDF, in the window's language: the action items (filtered "
                    "as export filters them), the deadline agenda, or the contacts. Contacts leave "
                    "the phone number out unless --columns names it (name, organization, role, "
                    "email, phone); actions' columns are title, campaign, organization, owner, "
                    "due, status and priority.")),
                options << common.days << common.today << common.db};
    }
    if (command == QLatin1String("report"))
        return {QStringLiteral("report campaign NAME|ID|overview"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "A campaign's progress (ask, target, partners, open items, the week-by-week "
                    "chart of items done, who changed what), or every current campaign side by "
                    "side (overview): as text, or as a PDF with --pdf.")),
                PrintOptions::options() << common.today << common.db};
    if (command == QLatin1String("generate"))
        return {QStringLiteral("generate --db PATH"),
                translated(QT_TRANSLATE_NOOP(
                    "CommandHelp",
                    "Fills a new database with made-up organizations, contacts, campaigns and "
                    "action items, for trying Coalition's speed.")),
                GenerateOptions::options() << common.db};
    return {};
}

} // namespace

namespace CommandHelp {

QString text(const QString &command)
{
    const Help help = helpFor(command);
    if (help.synopsis.isEmpty())
        return {};
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(help.options);
    // Qt's text starts with its own usage line; ours names the command's arguments.
    const QString options = parser.helpText();
    return QCoreApplication::translate("CommandHelp", "Usage: coalition %1 [options]")
               .arg(help.synopsis) +
           QStringLiteral("\n\n") + help.description + QStringLiteral("\n\n") +
           options.mid(options.indexOf(QLatin1Char('\n')) + 1).trimmed() + QLatin1Char('\n');
}

} // namespace CommandHelp
