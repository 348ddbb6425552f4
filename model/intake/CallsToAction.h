#pragma once

#include "model/intake/IntakeRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QVector>

// The calls to action in a sentence, by the rules' words for each kind of action, and
// the title of each in the imperative. A one-word call counts where a clause can start
// with it — the sentence's start, or after a polite opener ("please", "you can", "take
// action by", "and") — so "Read their statement" is a call and "we read the news" is
// not; words that say more ("calling on", "register for") count anywhere.
class CallsToAction
{
public:
    struct Call
    {
        const IntakeRules::Action *action = nullptr;
        qsizetype position = 0; // in the sentence
        qsizetype length = 0;
        QString title;
        bool hasObject = false; // false: the title is the verb alone ("Register for")
    };

    explicit CallsToAction(const IntakeRules &rules);
    // Its triggers point into its own copy of the rules.
    CallsToAction(const CallsToAction &) = delete;
    CallsToAction &operator=(const CallsToAction &) = delete;

    // `subject`: who "their" is in the sentence (its organization), or "".
    QVector<Call> in(const QString &sentence, const QString &subject) const;

private:
    QVector<qsizetype> clauseStarts(const QString &sentence) const;
    // The call's title in the imperative, from its verb and the object after it.
    void entitle(Call &call, const QString &kept, bool imperative, const QString &sentence,
                 const QString &subject) const;

    struct Trigger
    {
        const IntakeRules::Action *action;
        QString words;
        QString kept; // the words of it a title keeps ("find a vigil=a vigil")
        QRegularExpression pattern;
    };
    IntakeRules m_rules;
    QVector<Trigger> m_triggers;
    QRegularExpression m_opener, m_sharedObject, m_notCall;
    QHash<const IntakeRules::Action *, QRegularExpression> m_clauseEnds; // by the call's kind
};
