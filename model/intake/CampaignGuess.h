#pragma once

#include "model/domain/Campaign.h"
#include "model/intake/IntakeRules.h"

#include <QHash>
#include <QSet>
#include <QVector>

// Which campaign a passage is about, by the words it shares with the campaigns' names
// and asks: a word few campaigns use counts for more than one many use, and a word of the
// name for more than one of the ask. Explainable: the words that decided are given.
class CampaignGuess
{
public:
    struct Guess
    {
        QString campaignId; // "" when no campaign shares enough
        QString campaignName;
        QStringList sharedWords;
        double score = 0;
    };

    CampaignGuess(const QVector<Campaign> &campaigns, const IntakeRules &rules);

    Guess of(const QString &passage) const;

private:
    QSet<QString> wordsOf(const QString &text) const;

    struct Known
    {
        Campaign campaign;
        QSet<QString> nameWords, askWords;
    };
    QVector<Known> m_campaigns;
    QSet<QString> m_stopWords;
    // A word of the alert's language → the English one campaigns may be named with
    // ("trabajadores" → "workers"): rules' campaignWords, folded.
    QHash<QString, QString> m_translations;
    QHash<QString, int> m_campaignsUsing; // how many campaigns use a word
};
