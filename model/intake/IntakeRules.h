#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// The words an alert's language writes dates in, read from resources/intake/LANG.json:
// a person can read the file and add a spelling. Words are lower case.
struct IntakeRules
{
    QString language;
    bool dayFirst = false;        // 05/06/2021 is the 5th of June
    QHash<QString, int> months;   // "dec" → 12
    QHash<QString, int> weekdays; // "fri" → 5 (Monday 1)
    QStringList ordinalEndings;   // 17"th"
    QStringList dayMonthJoiners;  // 17 "de" diciembre
    QStringList yearJoiners;      // diciembre "de" 2021
    // A number date without its year ("3/4") is a date only after one of these words
    // ("on 3/4") or a weekday, not in "3/4 of our members".
    QStringList yearlessNumberLeads;
    QHash<QString, int> relativeDays; // "tomorrow" → 1, days after the alert's date
    QStringList notRelative;          // "por la mañana": "mañana" that is not tomorrow
    QStringList wholeMonth;           // "throughout" July: the whole month
    QStringList monthJoiners;         // August "and" September: a window of months
    QStringList morning, evening;     // "am", "de la tarde"
    QStringList timeJoiners;          // December 30 "at" 6 PM
    QStringList timeRangeJoiners;     // 6 "to" 7:30 PM

    // Calls to action: the words that make a sentence one, what kind of action item it
    // becomes and the imperative its title starts with ("calling on" → call, "Call").
    struct Action
    {
        QString kind;
        QString title;
        QStringList words;
    };
    QVector<Action> actions;
    QStringList notCalls;      // "call for", "a call": a call's words that are not one
    QStringList politeOpeners; // "please", "we urge you to" before the imperative
    QStringList vagueObjects;  // "Read more…": a call whose object starts so has none
    QStringList abbreviations; // "gov." does not end a sentence
    QStringList stopWords;     // words too common to tell campaigns apart
    // A word of this language → the English one a campaign may be named with, so an alert
    // in Spanish finds a campaign named in English ("excluidos" → "excluded"). Empty for
    // English.
    QHash<QString, QString> campaignWords;
    // Organizations not in the database yet: capitalized names ending in one of these
    // ("… Workers Coalition"), with these small words inside ("Council on … Relations").
    QStringList organizationWords; // as written, capitalized
    QStringList nameJoiners;
    // An announcement is a call too: "Advancing Justice-Chicago is offering Bystander
    // Intervention Trainings throughout July" asks a reader to register. What is offered
    // follows one of offeringVerbs and ends before one of offeringEnds; a word of it in
    // offeredKinds ("training" → training, "vigil" → event) says which kind of item.
    QStringList offeringVerbs;
    QStringList offeringEnds;
    QHash<QString, QString> offeredKinds;

    // The rules of a language ("en", "es"); throws CoalitionError when the file is
    // missing or malformed.
    static IntakeRules forLanguage(const QString &language);
    // Every language with a rules file.
    static QStringList languages();
    // The language whose stop words the text uses most ("en" when none tells).
    static QString languageOf(const QString &text);
    // Rules from a file of that form (a person's own, or a test's).
    static IntakeRules fromFile(const QString &path);
};
