#pragma once

#include "model/domain/Organization.h"
#include "model/intake/IntakeRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVector>

// The organizations an alert names. Known ones by their name, the parts of it
// ("DRUM – Desis Rising Up & Moving": "Desis Rising Up & Moving"), or their acronym as
// written in capitals ("OCA", never the word "oca"), whatever the case and accents of
// the names; unknown ones when the text defines them ("Communities United for Status
// and Protection (CUSP)") or names them as organizations call themselves ("the Fund
// Excluded Workers Coalition"). Titles and offices ("the Governor") are no organization.
class OrganizationFinder
{
public:
    struct Mention
    {
        qsizetype position = 0; // in the written text
        qsizetype length = 0;
        QString organizationId; // "" for one not in the database
        QString name;           // the database's name, or the name as written
    };

    OrganizationFinder(const QVector<Organization> &organizations, const IntakeRules &rules);

    // In order of position, none overlapping another (the longest name wins).
    QVector<Mention> find(const QString &text) const;

private:
    struct Phrase
    {
        QStringList words; // after the first
        int organization = 0;
    };
    void addName(const QString &name, int organization);
    void addAcronym(const QString &acronym, int organization);
    void findNames(const QString &text, QVector<Mention> &found) const;
    void findAcronyms(const QString &text, QVector<Mention> &found) const;
    void findUnknown(const QString &text, QVector<Mention> &found) const;
    int knownByName(const QString &name) const;
    // Where in a defined name the words the acronym's letters begin start, or -1.
    static qsizetype acronymStart(const QString &name, const QString &acronym);

    QVector<Organization> m_organizations;
    QHash<QString, QVector<Phrase>> m_names;    // by the folded name's first word
    QHash<QString, QVector<Phrase>> m_acronyms; // by the acronym's first word, as written
    QRegularExpression m_defined, m_selfNamed;
    QSet<QString> m_leadingWords, m_joiners; // not the first word of a name
};
