#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// A closed list of lowercase words stored in the database (an action's status, a
// campaign's status, a priority, a partner's role). Input is accepted in any case
// and with common synonyms ("In progress" -> doing); output is shown translated.
class Vocabulary
{
public:
    struct Term
    {
        QString word;
        const char *label; // translatable display text, QT_TRANSLATE_NOOP("Vocabulary", …)
        QStringList synonyms;
    };

    static const Vocabulary &actionStatus();
    static const Vocabulary &campaignStatus();
    static const Vocabulary &priority();
    static const Vocabulary &partnerRole();
    // Open lists: the kinds Coalition suggests, shown translated and stored as their word
    // whatever language they were typed in ("Llamada" is "call"); any other kind is kept
    // as typed (their synonyms are spellings only: "vigil" stays a vigil).
    static const Vocabulary &actionKind();
    static const Vocabulary &organizationKind();

    // Translated name of the list itself, for messages ("Unknown priority 'x'").
    QString name() const;
    QStringList words() const;
    bool contains(const QString &word) const;
    std::optional<QString> canonical(const QString &input) const;
    QString label(const QString &word) const;

private:
    Vocabulary(const char *name, std::vector<Term> terms);

    const char *m_name;
    std::vector<Term> m_terms;
};
