#include "app/cli/ExportOptions.h"

#include "app/cli/UsageError.h"
#include "model/domain/CoalitionError.h"
#include "model/domain/Validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

const QStringList tables = {QStringLiteral("actions"),  QStringLiteral("organizations"),
                            QStringLiteral("contacts"), QStringLiteral("campaigns"),
                            QStringLiteral("partners"), QStringLiteral("ics"),
                            QStringLiteral("vcf")};

QDate date(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return {};
    const QDate parsed = Validation::parseDate(parser.value(option));
    if (!parsed.isValid())
        throw CoalitionError(QCoreApplication::translate(
                                 "ExportOptions", "--%1: \"%2\" is not a date; use YYYY-MM-DD.")
                                 .arg(option, parser.value(option)));
    return parsed;
}

QStringList list(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

} // namespace

namespace ExportOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("campaign"),
         QCoreApplication::translate("ExportOptions",
                                     "export actions: only this campaign (name or id)."),
         QCoreApplication::translate("ExportOptions", "NAME")},
        {QStringLiteral("status"),
         QCoreApplication::translate("ExportOptions",
                                     "export actions: only these statuses (comma-separated)."),
         QCoreApplication::translate("ExportOptions", "S")},
        {QStringLiteral("owner"),
         QCoreApplication::translate("ExportOptions", "export actions: only this owner."),
         QCoreApplication::translate("ExportOptions", "O")},
        {QStringLiteral("due-before"),
         QCoreApplication::translate("ExportOptions", "export actions: due before this date."),
         QCoreApplication::translate("ExportOptions", "DATE")},
        {QStringLiteral("due-after"),
         QCoreApplication::translate("ExportOptions", "export actions: due after this date."),
         QCoreApplication::translate("ExportOptions", "DATE")},
        {QStringLiteral("columns"),
         QCoreApplication::translate("ExportOptions",
                                     "export: these columns, in this order (comma-separated)."),
         QCoreApplication::translate("ExportOptions", "a,b,c")},
        {QStringLiteral("delimiter"),
         QCoreApplication::translate("ExportOptions", "export: comma (default), semicolon or tab."),
         QCoreApplication::translate("ExportOptions", "D")},
        {QStringLiteral("no-bom"),
         QCoreApplication::translate("ExportOptions",
                                     "export: leave out the UTF-8 byte order mark.")},
        {QStringLiteral("raw"),
         QCoreApplication::translate("ExportOptions",
                                     "export: write cells as they are, without making formulas "
                                     "inert (for round trips).")},
        {QStringLiteral("out"),
         QCoreApplication::translate("ExportOptions",
                                     "export: write to FILE instead of standard output."),
         QCoreApplication::translate("ExportOptions", "FILE")},
    };
}

QStringList optionsWithValue()
{
    QStringList names;
    for (const QCommandLineOption &option : options()) {
        if (!option.valueName().isEmpty())
            names << QStringLiteral("--") + option.names().first();
    }
    return names;
}

bool anySet(const QCommandLineParser &parser)
{
    for (const QCommandLineOption &option : options()) {
        if (parser.isSet(option.names().first()))
            return true;
    }
    return false;
}

void readFilters(const QCommandLineParser &parser, ExportRequest &request)
{
    request.campaign = parser.value(QStringLiteral("campaign"));
    request.statuses = list(parser.value(QStringLiteral("status")));
    request.owner = parser.value(QStringLiteral("owner"));
    request.dueBefore = date(parser, QStringLiteral("due-before"));
    request.dueAfter = date(parser, QStringLiteral("due-after"));
    request.columns = list(parser.value(QStringLiteral("columns")));
}

ExportRequest read(const QCommandLineParser &parser, const QStringList &positional)
{
    ExportRequest request;
    if (positional.size() < 2)
        throw UsageError(QCoreApplication::translate("ExportOptions", "export needs a table: %1.")
                             .arg(tables.join(QStringLiteral(", "))));
    if (positional.size() > 2)
        throw UsageError(QCoreApplication::translate("ExportOptions", "Unexpected argument \"%1\".")
                             .arg(positional.at(2)));
    request.table = positional.at(1);
    if (!tables.contains(request.table))
        throw UsageError(
            QCoreApplication::translate("ExportOptions", "Cannot export \"%1\"; choose %2.")
                .arg(request.table, tables.join(QStringLiteral(", "))));
    const bool actionFilters =
        parser.isSet(QStringLiteral("campaign")) || parser.isSet(QStringLiteral("status")) ||
        parser.isSet(QStringLiteral("owner")) || parser.isSet(QStringLiteral("due-before")) ||
        parser.isSet(QStringLiteral("due-after"));
    const bool items =
        request.table == QLatin1String("actions") || request.table == QLatin1String("ics");
    if (actionFilters && !items)
        throw UsageError(QCoreApplication::translate(
            "ExportOptions",
            "--campaign, --status, --owner and --due-… filter action items only."));
    const bool csvOptions =
        parser.isSet(QStringLiteral("columns")) || parser.isSet(QStringLiteral("delimiter")) ||
        parser.isSet(QStringLiteral("no-bom")) || parser.isSet(QStringLiteral("raw"));
    const bool calendarOrCards =
        request.table == QLatin1String("ics") || request.table == QLatin1String("vcf");
    if (csvOptions && calendarOrCards)
        throw UsageError(QCoreApplication::translate(
            "ExportOptions", "--columns, --delimiter, --no-bom and --raw are for CSV exports."));
    readFilters(parser, request);
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString name = parser.value(QStringLiteral("delimiter"));
        if (name == QLatin1String("comma"))
            request.delimiter = QLatin1Char(',');
        else if (name == QLatin1String("semicolon"))
            request.delimiter = QLatin1Char(';');
        else if (name == QLatin1String("tab"))
            request.delimiter = QLatin1Char('\t');
        else
            throw UsageError(
                QCoreApplication::translate(
                    "ExportOptions", "--delimiter takes comma, semicolon or tab (got \"%1\").")
                    .arg(name));
    }
    request.byteOrderMark = !parser.isSet(QStringLiteral("no-bom"));
    request.raw = parser.isSet(QStringLiteral("raw"));
    request.outPath = parser.value(QStringLiteral("out"));
    return request;
}

} // namespace ExportOptions
