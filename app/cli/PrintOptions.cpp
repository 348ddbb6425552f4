#include "app/cli/PrintOptions.h"

#include "app/cli/UsageError.h"
#include "model/domain/CoalitionError.h"
#include "model/domain/Validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace PrintOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("pdf"),
         QCoreApplication::translate("PrintOptions", "print and report: write a PDF file."),
         QCoreApplication::translate("PrintOptions", "FILE")},
        {QStringLiteral("since"),
         QCoreApplication::translate(
             "PrintOptions", "report: start the chart and the list of changes on this day."),
         QCoreApplication::translate("PrintOptions", "DATE")},
    };
}

QStringList optionsWithValue()
{
    return {QStringLiteral("--pdf"), QStringLiteral("--since")};
}

bool anySet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("since"));
}

bool filtersSet(const QCommandLineParser &parser)
{
    for (const char *name : {"campaign", "status", "owner", "due-before", "due-after"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

PrintRequest read(const QCommandLineParser &parser, const QStringList &positional, bool report)
{
    PrintRequest request;
    const QStringList things =
        report ? QStringList{QStringLiteral("campaign"), QStringLiteral("overview")}
               : QStringList{QStringLiteral("actions"), QStringLiteral("agenda"),
                             QStringLiteral("contacts")};
    const QString command = report ? QStringLiteral("report") : QStringLiteral("print");
    request.what = positional.value(1);
    if (!things.contains(request.what))
        throw UsageError(QCoreApplication::translate("PrintOptions", "%1 takes one of: %2.")
                             .arg(command, things.join(QStringLiteral(", "))));
    const int wanted = request.what == QLatin1String("campaign") ? 3 : 2;
    if (positional.size() < wanted)
        throw UsageError(QCoreApplication::translate(
            "PrintOptions", "report campaign needs the campaign's name or id."));
    if (positional.size() > wanted)
        throw UsageError(QCoreApplication::translate("PrintOptions", "Unexpected argument \"%1\".")
                             .arg(positional.at(wanted)));
    request.subject = positional.value(2);
    request.pdfPath = parser.value(QStringLiteral("pdf"));
    if (parser.isSet(QStringLiteral("pdf")) && request.pdfPath.isEmpty())
        throw UsageError(QCoreApplication::translate("PrintOptions", "--pdf needs a file name."));
    if (!report && request.pdfPath.isEmpty())
        throw UsageError(QCoreApplication::translate("PrintOptions",
                                                     "print needs --pdf FILE: the PDF to write."));
    if (parser.isSet(QStringLiteral("since"))) {
        if (!report)
            throw UsageError(QCoreApplication::translate("PrintOptions",
                                                         "--since belongs to the report command."));
        request.since = Validation::parseDate(parser.value(QStringLiteral("since")));
        if (!request.since.isValid())
            throw CoalitionError(
                QCoreApplication::translate("PrintOptions",
                                            "--since: \"%1\" is not a date; use YYYY-MM-DD.")
                    .arg(parser.value(QStringLiteral("since"))));
    }
    if (filtersSet(parser) && request.what != QLatin1String("actions"))
        throw UsageError(QCoreApplication::translate(
            "PrintOptions",
            "--campaign, --status, --owner and --due-… filter print actions only."));
    if (parser.isSet(QStringLiteral("columns")) && request.what != QLatin1String("actions") &&
        request.what != QLatin1String("contacts"))
        throw UsageError(QCoreApplication::translate(
            "PrintOptions", "--columns goes with print actions and print contacts."));
    for (const char *csvOnly : {"delimiter", "no-bom", "raw", "out"}) {
        if (parser.isSet(QString::fromLatin1(csvOnly)))
            throw UsageError(
                QCoreApplication::translate("PrintOptions", "--%1 belongs to the export command.")
                    .arg(QString::fromLatin1(csvOnly)));
    }
    ExportOptions::readFilters(parser, request.filters);
    return request;
}

} // namespace PrintOptions
