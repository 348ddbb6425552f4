#include "app/cli/GenerateOptions.h"

#include "app/cli/UsageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

const QStringList sizeOptions = {QStringLiteral("actions"), QStringLiteral("orgs"),
                                 QStringLiteral("contacts"), QStringLiteral("campaigns")};

} // namespace

namespace GenerateOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("actions"),
         QCoreApplication::translate("GenerateOptions", "generate: how many action items."),
         QCoreApplication::translate("GenerateOptions", "N")},
        {QStringLiteral("orgs"),
         QCoreApplication::translate("GenerateOptions",
                                     "generate: how many organizations (default 10000)."),
         QCoreApplication::translate("GenerateOptions", "N")},
        {QStringLiteral("contacts"),
         QCoreApplication::translate("GenerateOptions",
                                     "generate: how many contacts (default 50000)."),
         QCoreApplication::translate("GenerateOptions", "N")},
        {QStringLiteral("campaigns"),
         QCoreApplication::translate("GenerateOptions",
                                     "generate: how many campaigns (default 500)."),
         QCoreApplication::translate("GenerateOptions", "N")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("GenerateOptions", "generate: the random seed (default 1)."),
         QCoreApplication::translate("GenerateOptions", "S")},
    };
}

QStringList optionsWithValue()
{
    QStringList names;
    for (const QString &name : sizeOptions + QStringList{QStringLiteral("seed")})
        names << QStringLiteral("--") + name;
    return names;
}

bool anySet(const QCommandLineParser &parser)
{
    for (const QString &name : sizeOptions + QStringList{QStringLiteral("seed")}) {
        if (parser.isSet(name))
            return true;
    }
    return false;
}

DatasetGenerator::Sizes read(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("actions")))
        throw UsageError(QCoreApplication::translate(
            "GenerateOptions", "generate needs --actions N: how many action items to make."));
    DatasetGenerator::Sizes sizes;
    auto number = [&](const QString &name, int &into) {
        if (!parser.isSet(name))
            return;
        bool ok = false;
        into = parser.value(name).toInt(&ok);
        if (!ok || into < 0)
            throw UsageError(
                QCoreApplication::translate("GenerateOptions",
                                            "--%1 needs a whole number, 0 or more (got \"%2\").")
                    .arg(name, parser.value(name)));
    };
    number(QStringLiteral("actions"), sizes.actions);
    number(QStringLiteral("orgs"), sizes.organizations);
    number(QStringLiteral("contacts"), sizes.contacts);
    number(QStringLiteral("campaigns"), sizes.campaigns);
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        sizes.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            throw UsageError(QCoreApplication::translate(
                                 "GenerateOptions", "--seed needs a whole number (got \"%1\").")
                                 .arg(parser.value("seed")));
    }
    return sizes;
}

} // namespace GenerateOptions
