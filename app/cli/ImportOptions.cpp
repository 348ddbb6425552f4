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
                                     "import: check the file and count what would change; "
                                     "write nothing.")},
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
    };
}

QStringList optionsWithValue()
{
    return {QStringLiteral("--on-match"), QStringLiteral("--date-order")};
}

bool anySet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("dry-run")) || parser.isSet(QStringLiteral("on-match")) ||
           parser.isSet(QStringLiteral("date-order"));
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
    return request;
}

} // namespace ImportOptions
