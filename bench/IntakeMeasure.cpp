// Measures the alert extractor (model/intake) against what a person drafts by hand:
//   coalition_intake_measure ALERT EXPECTED.json
// EXPECTED.json: {"alertDay", "language", "items": [{"title", "campaign", "dueDate"}]}.
// The drafts are made against the demo database (the sample's organizations and
// campaigns, as an organizer's laptop has its own). An expected item is recognised by
// the draft that has the most of its title's words, half of them at least (words of
// four letters or more, a final s dropped); it is right when that draft's campaign and
// due date are the expected ones too (where given). Prints every item, every draft no
// item recognised (a false draft), recall and the share of false drafts. Not a test.
#include "model/domain/ShiftedClock.h"
#include "model/intake/AlertExtractor.h"
#include "model/records/CampaignRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QSet<QString> wordsOf(const QString &title)
{
    QSet<QString> words;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}$]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    for (QString word : title.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (word.size() < 4)
            continue;
        if (word.endsWith(QLatin1Char('s')))
            word.chop(1);
        words.insert(word);
    }
    return words;
}

double shareOf(const QSet<QString> &expected, const QSet<QString> &drafted)
{
    return expected.isEmpty() ? 0
                              : double(QSet<QString>(expected).intersect(drafted).size()) /
                                    double(expected.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        QTextStream(stderr) << "usage: coalition_intake_measure ALERT EXPECTED.json\n";
        return 2;
    }
    QFile alertFile(arguments.at(1)), expectedFile(arguments.at(2));
    if (!alertFile.open(QIODevice::ReadOnly) || !expectedFile.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read the alert or the expected items\n";
        return 1;
    }
    const QString alert = QString::fromUtf8(alertFile.readAll());
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const QDate alertDay =
        QDate::fromString(expected.value(QStringLiteral("alertDay")).toString(), Qt::ISODate);

    QTemporaryDir folder;
    const ShiftedClock clock(alertDay);
    auto database = Database::open(folder.filePath(QStringLiteral("demo.sqlite")), clock);
    SampleDataLoader::load(*database);
    QHash<QString, QString> campaignNames;
    for (const Campaign &campaign : CampaignRepository(*database).list())
        campaignNames.insert(campaign.id, campaign.name);

    const AlertExtractor extractor(
        *database, IntakeRules::forLanguage(expected.value(QStringLiteral("language")).toString()));
    QElapsedTimer timer;
    timer.start();
    const QVector<AlertDraft> drafts = extractor.drafts(alert, alertDay);
    const qint64 milliseconds = timer.elapsed();

    // Pairs by how much of the item's title the draft has, best pairs first, one draft
    // per item: an item is recognised by a draft with two of its words at least and a
    // third of them.
    const QJsonArray items = expected.value(QStringLiteral("items")).toArray();
    struct Pair
    {
        double share;
        int item, draft;
    };
    QVector<Pair> pairs;
    for (int i = 0; i < items.size(); ++i) {
        const QSet<QString> words =
            wordsOf(items.at(i).toObject().value(QStringLiteral("title")).toString());
        for (int d = 0; d < drafts.size(); ++d) {
            const QSet<QString> drafted = wordsOf(drafts.at(d).item.title);
            const qsizetype shared = QSet<QString>(words).intersect(drafted).size();
            const double share = shareOf(words, drafted);
            if (shared >= 2 && share >= 1.0 / 3 - 1e-9)
                pairs.append({share, i, d});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.share > b.share; });
    QVector<int> draftOf(items.size(), -1);
    QVector<bool> used(drafts.size(), false);
    for (const Pair &pair : std::as_const(pairs)) {
        if (draftOf.at(pair.item) < 0 && !used.at(pair.draft)) {
            draftOf[pair.item] = pair.draft;
            used[pair.draft] = true;
        }
    }
    int recognised = 0, right = 0;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const int best = draftOf.at(i);
        QString verdict = QStringLiteral("missed   ");
        if (best >= 0) {
            ++recognised;
            const ActionItem &draft = drafts.at(best).item;
            const QString campaign = item.value(QStringLiteral("campaign")).toString();
            const QString due = item.value(QStringLiteral("dueDate")).toString();
            const bool campaignRight =
                campaign.isEmpty() || campaignNames.value(draft.campaignId) == campaign;
            const bool dueRight = due.isEmpty() || draft.dueDate.toString(Qt::ISODate) == due;
            verdict = campaignRight && dueRight ? QStringLiteral("right    ")
                      : campaignRight           ? QStringLiteral("date?    ")
                                                : QStringLiteral("campaign?");
            if (campaignRight && dueRight)
                ++right;
        }
        out << verdict << ' ' << item.value(QStringLiteral("title")).toString() << '\n';
        if (best >= 0) {
            const ActionItem &draft = drafts.at(best).item;
            out << "          drafted: " << draft.title << " | "
                << campaignNames.value(draft.campaignId) << " | "
                << draft.dueDate.toString(Qt::ISODate) << '\n';
        }
    }
    int falseDrafts = 0;
    for (int i = 0; i < drafts.size(); ++i) {
        if (used.at(i))
            continue;
        ++falseDrafts;
        out << "false     " << drafts.at(i).item.title << " | "
            << campaignNames.value(drafts.at(i).item.campaignId) << " | "
            << drafts.at(i).item.dueDate.toString(Qt::ISODate) << '\n';
    }
    const auto percent = [](int part, qsizetype whole) {
        return whole == 0 ? 0.0 : 100.0 * part / double(whole);
    };
    out << QStringLiteral("items %1, drafts %2 (%3 ms for %4 characters)\n")
               .arg(items.size())
               .arg(drafts.size())
               .arg(milliseconds)
               .arg(alert.size());
    out << QStringLiteral("recognised %1 of %2 (%3%)\n")
               .arg(recognised)
               .arg(items.size())
               .arg(percent(recognised, items.size()), 0, 'f', 0);
    out << QStringLiteral("recall (recognised, with campaign and date right) %1 of %2 (%3%)\n")
               .arg(right)
               .arg(items.size())
               .arg(percent(right, items.size()), 0, 'f', 0);
    out << QStringLiteral("false drafts %1 of %2 (%3%)\n")
               .arg(falseDrafts)
               .arg(drafts.size())
               .arg(percent(falseDrafts, drafts.size()), 0, 'f', 0);
    return 0;
}
