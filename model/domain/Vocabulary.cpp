#include "model/domain/Vocabulary.h"

#include "model/domain/EveryLanguage.h"

#include <QCoreApplication>

namespace {

// "In  Progress", "in-progress" and "in_progress" all become "in progress".
QString normalized(const QString &input)
{
    QString text = input.trimmed().toLower();
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text.simplified();
}

QStringList list(std::initializer_list<const char *> words)
{
    QStringList result;
    for (const char *word : words)
        result << QString::fromUtf8(word);
    return result;
}

} // namespace

Vocabulary::Vocabulary(const char *name, std::vector<Term> terms)
    : m_name(name), m_terms(std::move(terms))
{}

const Vocabulary &Vocabulary::actionStatus()
{
    static const Vocabulary vocabulary(
        QT_TRANSLATE_NOOP("Vocabulary", "action status"),
        {
            {QStringLiteral("todo"), QT_TRANSLATE_NOOP("Vocabulary", "To do"),
             list({"to do", "open", "new", "pending", "not started"})},
            {QStringLiteral("doing"), QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
             list({"in progress", "started", "active", "ongoing", "wip"})},
            {QStringLiteral("done"), QT_TRANSLATE_NOOP("Vocabulary", "Done"),
             list({"completed", "complete", "finished", "closed", "resolved"})},
            {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
             list({"canceled", "dropped", "abandoned", "won't do", "wont do"})},
        });
    return vocabulary;
}

const Vocabulary &Vocabulary::campaignStatus()
{
    static const Vocabulary vocabulary(
        QT_TRANSLATE_NOOP("Vocabulary", "campaign status"),
        {
            {QStringLiteral("planning"), QT_TRANSLATE_NOOP("Vocabulary", "Planning"),
             list({"planned", "draft", "upcoming", "new"})},
            {QStringLiteral("active"), QT_TRANSLATE_NOOP("Vocabulary", "Active"),
             list({"open", "ongoing", "in progress", "running"})},
            {QStringLiteral("paused"), QT_TRANSLATE_NOOP("Vocabulary", "Paused"),
             list({"on hold", "hold", "suspended"})},
            {QStringLiteral("won"), QT_TRANSLATE_NOOP("Vocabulary", "Won"),
             list({"victory", "passed", "succeeded"})},
            {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Vocabulary", "Lost"),
             list({"defeated", "failed"})},
            {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
             list({"done", "completed", "ended", "finished", "archived"})},
        });
    return vocabulary;
}

const Vocabulary &Vocabulary::priority()
{
    static const Vocabulary vocabulary(
        QT_TRANSLATE_NOOP("Vocabulary", "priority"),
        {
            {QStringLiteral("low"), QT_TRANSLATE_NOOP("Vocabulary", "Low"), list({"minor", "4"})},
            {QStringLiteral("normal"), QT_TRANSLATE_NOOP("Vocabulary", "Normal"),
             list({"medium", "default", "regular", "3"})},
            {QStringLiteral("high"), QT_TRANSLATE_NOOP("Vocabulary", "High"),
             list({"important", "2"})},
            {QStringLiteral("urgent"), QT_TRANSLATE_NOOP("Vocabulary", "Urgent"),
             list({"critical", "asap", "highest", "1"})},
        });
    return vocabulary;
}

const Vocabulary &Vocabulary::partnerRole()
{
    static const Vocabulary vocabulary(
        QT_TRANSLATE_NOOP("Vocabulary", "partner role"),
        {
            {QStringLiteral("lead"), QT_TRANSLATE_NOOP("Vocabulary", "Lead"),
             list({"leader", "lead organization", "convener", "organizer"})},
            {QStringLiteral("partner"), QT_TRANSLATE_NOOP("Vocabulary", "Partner"),
             list({"member", "co-sponsor", "cosponsor", "coalition member"})},
            {QStringLiteral("signatory"), QT_TRANSLATE_NOOP("Vocabulary", "Signatory"),
             list({"signer", "signed", "sign-on", "sign on"})},
            {QStringLiteral("supporter"), QT_TRANSLATE_NOOP("Vocabulary", "Supporter"),
             list({"ally", "endorser", "supporting"})},
            // The decision-maker an organization is pressed as (a legislature, an agency).
            {QStringLiteral("target"), QT_TRANSLATE_NOOP("Vocabulary", "Target"),
             list({"decision-maker", "decision maker", "targeted", "objetivo"})},
        });
    return vocabulary;
}

const Vocabulary &Vocabulary::actionKind()
{
    static const Vocabulary vocabulary(
        QT_TRANSLATE_NOOP("Vocabulary", "kind of action"),
        {
            {QStringLiteral("call"), QT_TRANSLATE_NOOP("Vocabulary", "Call"), list({"phone call"})},
            {QStringLiteral("sign-on"), QT_TRANSLATE_NOOP("Vocabulary", "Sign-on"),
             list({"sign on", "signon"})},
            {QStringLiteral("training"), QT_TRANSLATE_NOOP("Vocabulary", "Training"), {}},
            {QStringLiteral("event"), QT_TRANSLATE_NOOP("Vocabulary", "Event"), {}},
            {QStringLiteral("donate"), QT_TRANSLATE_NOOP("Vocabulary", "Donate"),
             list({"donation"})},
            {QStringLiteral("share"), QT_TRANSLATE_NOOP("Vocabulary", "Share"), {}},
            {QStringLiteral("read"), QT_TRANSLATE_NOOP("Vocabulary", "Read"), {}},
            {QStringLiteral("report"), QT_TRANSLATE_NOOP("Vocabulary", "Report"), {}},
            {QStringLiteral("research"), QT_TRANSLATE_NOOP("Vocabulary", "Research"), {}},
            {QStringLiteral("sign-up"), QT_TRANSLATE_NOOP("Vocabulary", "Sign-up"),
             list({"sign up", "signup"})},
        });
    return vocabulary;
}

const Vocabulary &Vocabulary::organizationKind()
{
    static const Vocabulary vocabulary(
        QT_TRANSLATE_NOOP("Vocabulary", "kind of organization"),
        {
            {QStringLiteral("nonprofit"), QT_TRANSLATE_NOOP("Vocabulary", "Nonprofit"),
             list({"non-profit", "non profit"})},
            {QStringLiteral("coalition"), QT_TRANSLATE_NOOP("Vocabulary", "Coalition"), {}},
            {QStringLiteral("network"), QT_TRANSLATE_NOOP("Vocabulary", "Network"), {}},
            {QStringLiteral("collective"), QT_TRANSLATE_NOOP("Vocabulary", "Collective"), {}},
            {QStringLiteral("campaign group"),
             QT_TRANSLATE_NOOP("Vocabulary", "Campaign group"),
             {}},
            {QStringLiteral("government"), QT_TRANSLATE_NOOP("Vocabulary", "Government"), {}},
            {QStringLiteral("media"), QT_TRANSLATE_NOOP("Vocabulary", "Media"), {}},
            {QStringLiteral("university"), QT_TRANSLATE_NOOP("Vocabulary", "University"), {}},
            {QStringLiteral("funder"), QT_TRANSLATE_NOOP("Vocabulary", "Funder"), {}},
            {QStringLiteral("archive"), QT_TRANSLATE_NOOP("Vocabulary", "Archive"), {}},
        });
    return vocabulary;
}

QString Vocabulary::name() const
{
    return QCoreApplication::translate("Vocabulary", m_name);
}

QStringList Vocabulary::words() const
{
    QStringList result;
    for (const Term &term : m_terms)
        result << term.word;
    return result;
}

bool Vocabulary::contains(const QString &word) const
{
    for (const Term &term : m_terms) {
        if (term.word == word)
            return true;
    }
    return false;
}

std::optional<QString> Vocabulary::canonical(const QString &input) const
{
    const QString text = normalized(input);
    for (const Term &term : m_terms) {
        if (text == term.word)
            return term.word;
    }
    // The label in any language Coalition speaks: a file exported from the Spanish
    // window says "Hecha" whatever the language of the laptop that imports it.
    for (const Term &term : m_terms) {
        for (const QString &label : EveryLanguage::translations("Vocabulary", term.label)) {
            if (text == normalized(label))
                return term.word;
        }
    }
    for (const Term &term : m_terms) {
        for (const QString &synonym : term.synonyms) {
            if (text == normalized(synonym))
                return term.word;
        }
    }
    return std::nullopt;
}

QString Vocabulary::label(const QString &word) const
{
    for (const Term &term : m_terms) {
        if (term.word == word)
            return QCoreApplication::translate("Vocabulary", term.label);
    }
    return word;
}
