#include "model/intake/IntakeRules.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QString rulesFolder = QStringLiteral(":/coalition/intake");

QHash<QString, int> numbers(const QJsonObject &object)
{
    QHash<QString, int> result;
    for (auto entry = object.begin(); entry != object.end(); ++entry)
        result.insert(entry.key().toLower(), entry.value().toInt());
    return result;
}

QStringList words(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &word : value.toArray())
        result << word.toString().toLower();
    return result;
}

} // namespace

IntakeRules IntakeRules::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CoalitionError(QCoreApplication::translate("IntakeRules", "Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject rules = document.object();
    if (error.error != QJsonParseError::NoError ||
        !rules.value(QStringLiteral("months")).isObject())
        throw CoalitionError(
            QCoreApplication::translate("IntakeRules", "%1 is not a file of intake rules: %2")
                .arg(QDir::toNativeSeparators(path), error.errorString()));
    IntakeRules result;
    result.language = rules.value(QStringLiteral("language")).toString();
    result.dayFirst = rules.value(QStringLiteral("dayFirst")).toBool();
    result.months = numbers(rules.value(QStringLiteral("months")).toObject());
    result.weekdays = numbers(rules.value(QStringLiteral("weekdays")).toObject());
    result.ordinalEndings = words(rules.value(QStringLiteral("ordinalEndings")));
    result.dayMonthJoiners = words(rules.value(QStringLiteral("dayMonthJoiners")));
    result.yearJoiners = words(rules.value(QStringLiteral("yearJoiners")));
    result.yearlessNumberLeads = words(rules.value(QStringLiteral("yearlessNumberLeads")));
    result.relativeDays = numbers(rules.value(QStringLiteral("relativeDays")).toObject());
    result.notRelative = words(rules.value(QStringLiteral("notRelative")));
    result.wholeMonth = words(rules.value(QStringLiteral("wholeMonth")));
    result.monthJoiners = words(rules.value(QStringLiteral("monthJoiners")));
    result.morning = words(rules.value(QStringLiteral("morning")));
    result.evening = words(rules.value(QStringLiteral("evening")));
    result.timeJoiners = words(rules.value(QStringLiteral("timeJoiners")));
    result.timeRangeJoiners = words(rules.value(QStringLiteral("timeRangeJoiners")));
    for (const QJsonValue &value : rules.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        result.actions.append({action.value(QStringLiteral("kind")).toString(),
                               action.value(QStringLiteral("title")).toString(),
                               words(action.value(QStringLiteral("words")))});
    }
    result.notCalls = words(rules.value(QStringLiteral("notCalls")));
    result.politeOpeners = words(rules.value(QStringLiteral("politeOpeners")));
    result.vagueObjects = words(rules.value(QStringLiteral("vagueObjects")));
    result.abbreviations = words(rules.value(QStringLiteral("abbreviations")));
    result.stopWords = words(rules.value(QStringLiteral("stopWords")));
    for (const QJsonValue &word : rules.value(QStringLiteral("organizationWords")).toArray())
        result.organizationWords << word.toString(); // as written: they are capitalized
    result.nameJoiners = words(rules.value(QStringLiteral("nameJoiners")));
    const QJsonObject campaignWords = rules.value(QStringLiteral("campaignWords")).toObject();
    for (auto word = campaignWords.begin(); word != campaignWords.end(); ++word)
        result.campaignWords.insert(word.key().toLower(), word.value().toString().toLower());
    const QJsonObject offerings = rules.value(QStringLiteral("offerings")).toObject();
    result.offeringVerbs = words(offerings.value(QStringLiteral("verbs")));
    result.offeringEnds = words(offerings.value(QStringLiteral("ends")));
    const QJsonObject kinds = offerings.value(QStringLiteral("kinds")).toObject();
    for (auto kind = kinds.begin(); kind != kinds.end(); ++kind) {
        for (const QString &word : words(kind.value()))
            result.offeredKinds.insert(word, kind.key());
    }
    return result;
}

IntakeRules IntakeRules::forLanguage(const QString &language)
{
    return fromFile(rulesFolder + QLatin1Char('/') + language + QStringLiteral(".json"));
}

QString IntakeRules::languageOf(const QString &text)
{
    QHash<QString, int> uses;
    for (const QString &word :
         text.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts))
        ++uses[word];
    QString best = QStringLiteral("en");
    int bestCount = 0;
    for (const QString &language : languages()) {
        int count = 0;
        for (const QString &word : forLanguage(language).stopWords)
            count += uses.value(word);
        if (count > bestCount) {
            best = language;
            bestCount = count;
        }
    }
    return best;
}

QStringList IntakeRules::languages()
{
    QStringList result;
    for (const QString &name : QDir(rulesFolder).entryList({QStringLiteral("*.json")}))
        result << name.chopped(5);
    return result;
}
