#include "app/cli/IntakeOptions.h"

#include "app/cli/UsageError.h"
#include "model/intake/IntakeRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace IntakeOptions {

QList<QCommandLineOption> options()
{
    return {{QStringLiteral("language"),
             QCoreApplication::translate("IntakeOptions",
                                         "intake: the alert's language (%1); told from its "
                                         "words when not given.")
                 .arg(IntakeRules::languages().join(QStringLiteral(", "))),
             QCoreApplication::translate("IntakeOptions", "LANGUAGE")}};
}

QStringList optionsWithValue()
{
    return {QStringLiteral("--language")};
}

bool anySet(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("language"));
}

IntakeRequest read(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() < 2)
        throw UsageError(QCoreApplication::translate(
            "IntakeOptions", "intake needs a file with the alert, or - to read it from the "
                             "standard input."));
    if (positional.size() > 2)
        throw UsageError(QCoreApplication::translate("IntakeOptions", "Unexpected argument \"%1\".")
                             .arg(positional.at(2)));
    IntakeRequest request;
    request.file = positional.at(1);
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.language = parser.value(QStringLiteral("language")).toLower();
    if (parser.isSet(QStringLiteral("language")) &&
        !IntakeRules::languages().contains(request.language))
        throw UsageError(QCoreApplication::translate("IntakeOptions",
                                                     "--language takes one of: %1 (got \"%2\").")
                             .arg(IntakeRules::languages().join(QStringLiteral(", ")),
                                  parser.value(QStringLiteral("language"))));
    return request;
}

} // namespace IntakeOptions
