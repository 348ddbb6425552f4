#include "app/cli/ImportOptions.h"

#include "app/cli/UsageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

const QStringList tables = {QStringLiteral("contacts"), QStringLiteral("organizations"),
                            QStringLiteral("actions"), QStringLiteral("campaigns"),
                            QStringLiteral("partners")};
const QStringList policies = {QStringLiteral("update"), QStringLiteral("skip"),
                              QStringLiteral("create")};

} // namespace

namespace ImportOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("ImportOptions",
                                     "import, intake: read the file and tell what would "
                                     "change; write nothing.")},
        {QStringLiteral("on-match"),
         QCoreApplication::translate(
             "ImportOptions",
             "import: what to do with a row that matches a record by email, phone or website: "
             "update (default), skip or create."),
         QCoreApplication::translate("ImportOptions", "WHAT")},
        {QStringLiteral("date-order"),
         QCoreApplication::translate(
             "ImportOptions",
             "import: how the file writes dates such as 03/04/2021 when none of its dates tells: "
             "dmy (day first) or mdy (month first)."),
         QCoreApplication::translate("ImportOptions", "ORDER")},
        {QStringLiteral("map"),
         QCoreApplication::translate(
             "ImportOptions",
             "import: the column headed HEADER imports as FIELD (a column of the export, e.g. "
             "name, email, due_date), or is left out with nothing after '='. Repeatable."),
         QCoreApplication::translate("ImportOptions", "HEADER=FIELD")},
    };
}

QStringList optionsWithValue()
{
    return {QStringLiteral("--on-match"), QStringLiteral("--date-order"), QStringLiteral("--map")};
}

bool anySet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("dry-run")) || parser.isSet(QStringLiteral("on-match")) ||
           parser.isSet(QStringLiteral("date-order")) || parser.isSet(QStringLiteral("map"));
}

bool onlyDryRun(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("dry-run")) && !parser.isSet(QStringLiteral("on-match")) &&
           !parser.isSet(QStringLiteral("date-order")) && !parser.isSet(QStringLiteral("map"));
}

ImportRequest read(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() < 3)
        throw UsageError(
            QCoreApplication::translate("ImportOptions", "import needs a table (%1) and a file.")
                .arg(tables.join(QStringLiteral(", "))));
    if (positional.size() > 3)
        throw UsageError(QCoreApplication::translate("ImportOptions", "Unexpected argument \"%1\".")
                             .arg(positional.at(3)));
    ImportRequest request;
    request.table = positional.at(1);
    request.file = positional.at(2);
    if (!tables.contains(request.table))
        throw UsageError(
            QCoreApplication::translate("ImportOptions", "Cannot import \"%1\"; choose %2.")
                .arg(request.table, tables.join(QStringLiteral(", "))));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("on-match"))) {
        request.onMatch = parser.value(QStringLiteral("on-match"));
        if (!policies.contains(request.onMatch))
            throw UsageError(
                QCoreApplication::translate("ImportOptions",
                                            "--on-match takes update, skip or create (got \"%1\").")
                    .arg(request.onMatch));
    }
    if (parser.isSet(QStringLiteral("date-order"))) {
        request.dateOrder = parser.value(QStringLiteral("date-order"));
        if (request.dateOrder != QLatin1String("dmy") && request.dateOrder != QLatin1String("mdy"))
            throw UsageError(QCoreApplication::translate(
                                 "ImportOptions", "--date-order takes dmy or mdy (got \"%1\").")
                                 .arg(request.dateOrder));
    }
    for (const QString &choice : parser.values(QStringLiteral("map"))) {
        const int equals = int(choice.indexOf(QLatin1Char('=')));
        if (equals <= 0)
            throw UsageError(QCoreApplication::translate("ImportOptions",
                                                         "--map takes HEADER=FIELD (got \"%1\").")
                                 .arg(choice));
        request.columnFields.append(
            {choice.left(equals).trimmed(), choice.mid(equals + 1).trimmed()});
    }
    return request;
}

} // namespace ImportOptions
