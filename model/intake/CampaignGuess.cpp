#include "model/intake/CampaignGuess.h"

#include "model/intake/FoldedText.h"

#include <QtMath>

#include <algorithm>

namespace {

// How much a name's word weighs against an ask's, and how much a passage must share
// with a campaign to be about it: a word of its name, or two of its ask ("statement"
// alone is too common a word to tell).
constexpr double nameWeight = 2.0;
constexpr double enough = 2.0;
constexpr int askWordsEnough = 2;

} // namespace

CampaignGuess::CampaignGuess(const QVector<Campaign> &campaigns, const IntakeRules &rules)
{
    for (const QString &word : rules.stopWords)
        m_stopWords.insert(FoldedText::fold(word).trimmed());
    for (auto word = rules.campaignWords.cbegin(); word != rules.campaignWords.cend(); ++word)
        m_translations.insert(FoldedText::fold(word.key()).trimmed(),
                              FoldedText::fold(word.value()).trimmed());
    for (const Campaign &campaign : campaigns) {
        Known known{campaign, wordsOf(campaign.name), wordsOf(campaign.goal)};
        known.askWords.subtract(known.nameWords);
        for (const QString &word : known.nameWords + known.askWords)
            ++m_campaignsUsing[word];
        m_campaigns << known;
    }
}

QSet<QString> CampaignGuess::wordsOf(const QString &text) const
{
    QSet<QString> words;
    for (QString word : FoldedText::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 3 || m_stopWords.contains(word))
            continue;
        // A Spanish alert about "trabajadores excluidos" is about Fund Excluded Workers:
        // the word and its English one both count.
        const QString translated = m_translations.value(word);
        if (!translated.isEmpty() && !translated.contains(QLatin1Char(' ')))
            words.unite(wordsOf(translated));
        // "workers" and "worker", "trainings" and "training" are one word.
        if (word.size() > 4 && word.endsWith(QLatin1Char('s')) &&
            !word.endsWith(QStringLiteral("ss")))
            word.chop(1);
        words.insert(word);
    }
    return words;
}

CampaignGuess::Guess CampaignGuess::of(const QString &passage) const
{
    const QSet<QString> words = wordsOf(passage);
    Guess best;
    for (const Known &known : m_campaigns) {
        Guess guess;
        const double campaigns = qMax(1, int(m_campaigns.size()));
        for (const QString &word : words) {
            const bool inName = known.nameWords.contains(word);
            if (!inName && !known.askWords.contains(word))
                continue;
            // Rarer words tell more: log(campaigns / campaigns using it) + 1.
            const double rarity = qLn(campaigns / m_campaignsUsing.value(word, 1)) + 1.0;
            guess.score += rarity * (inName ? nameWeight : 1.0);
            guess.sharedWords << word;
        }
        const bool named =
            std::any_of(guess.sharedWords.cbegin(), guess.sharedWords.cend(),
                        [&](const QString &word) { return known.nameWords.contains(word); });
        if (!named && guess.sharedWords.size() < askWordsEnough)
            continue;
        if (guess.score > best.score) {
            guess.campaignId = known.campaign.id;
            guess.campaignName = known.campaign.name;
            best = guess;
        }
    }
    if (best.score < enough)
        return {};
    best.sharedWords.sort();
    return best;
}
