#include "model/intake/OrganizationFinder.h"

#include "model/intake/FoldedText.h"

#include <algorithm>

namespace {

struct Word
{
    QString text;
    qsizetype position = 0;
    qsizetype end = 0;
};

// The words of a text as written (letters and digits), with where each is.
QVector<Word> wordsOf(const QString &text)
{
    QVector<Word> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text.at(i).isLetterOrNumber();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            words.append({text.mid(start, i - start), start, i});
            start = -1;
        }
    }
    return words;
}

QStringList foldedWords(const QString &name)
{
    return FoldedText::fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool overlaps(const QVector<OrganizationFinder::Mention> &found, qsizetype position,
              qsizetype length)
{
    return std::any_of(found.cbegin(), found.cend(), [&](const OrganizationFinder::Mention &m) {
        return position < m.position + m.length && m.position < position + length;
    });
}

// Whether a name's words after its first follow the text's word `first`.
bool follows(const QVector<Word> &words, int first, const QStringList &rest)
{
    if (first + rest.size() >= words.size())
        return false;
    for (int k = 0; k < rest.size(); ++k) {
        if (words.at(first + 1 + k).text != rest.at(k))
            return false;
    }
    return true;
}

bool isCapitals(const QString &word)
{
    return !word.isEmpty() && word == word.toUpper() && word.front().isLetter();
}

} // namespace

OrganizationFinder::OrganizationFinder(const QVector<Organization> &organizations,
                                       const IntakeRules &rules)
    : m_organizations(organizations)
{
    for (int i = 0; i < organizations.size(); ++i) {
        const Organization &organization = organizations.at(i);
        addName(organization.name, i);
        // The parts of a name written with a dash, a bar or brackets.
        static const QRegularExpression parts(QStringLiteral("\\s+[–—|-]\\s+|\\s*[()]\\s*"));
        const QStringList pieces = organization.name.split(parts, Qt::SkipEmptyParts);
        for (const QString &piece : pieces) {
            if (pieces.size() > 1 && isCapitals(piece.simplified().remove(QLatin1Char(' '))))
                addAcronym(piece.simplified(), i);
            else if (pieces.size() > 1 && foldedWords(piece).size() >= 2)
                addName(piece, i);
        }
        // "OCA", "NC BLOC" as written in capitals; "Advancing Justice" as a name.
        const QString acronym = organization.acronym.simplified();
        if (isCapitals(QString(acronym).remove(QLatin1Char(' '))))
            addAcronym(acronym, i);
        else if (!acronym.isEmpty())
            addName(acronym, i);
    }
    for (const QString &word : rules.stopWords)
        m_leadingWords.insert(word);
    for (const IntakeRules::Action &action : rules.actions) {
        for (const QString &words : action.words)
            m_leadingWords.insert(words.section(QLatin1Char(' '), 0, 0));
    }
    for (const QString &word : rules.nameJoiners)
        m_joiners.insert(word);
    const QString joiners = rules.nameJoiners.join(QLatin1Char('|'));
    const QString capitalized = QStringLiteral("\\p{Lu}[\\p{L}\\p{N}’'.-]*");
    const QString name =
        QStringLiteral("%1(?:\\s+(?:(?:%2)\\s+)*%1){0,8}").arg(capitalized, joiners);
    m_defined = QRegularExpression(
        QStringLiteral("(?<name>%1)\\s+\\((?<acronym>\\p{Lu}[\\p{Lu}\\p{N}&-]{1,9})\\)").arg(name),
        QRegularExpression::UseUnicodePropertiesOption);
    m_selfNamed = QRegularExpression(
        QStringLiteral("(?<name>%1\\s+(?:(?:%2)\\s+)*(?:%3))\\b")
            .arg(QStringLiteral("%1(?:\\s+(?:(?:%2)\\s+)*%1){0,6}").arg(capitalized, joiners),
                 joiners, rules.organizationWords.join(QLatin1Char('|'))),
        QRegularExpression::UseUnicodePropertiesOption);
}

void OrganizationFinder::addName(const QString &name, int organization)
{
    QStringList words = foldedWords(name);
    if (words.isEmpty())
        return;
    const QString first = words.takeFirst();
    m_names[first].append({words, organization});
}

void OrganizationFinder::addAcronym(const QString &acronym, int organization)
{
    QStringList words;
    for (const Word &word : wordsOf(acronym))
        words << word.text;
    if (words.isEmpty())
        return;
    const QString first = words.takeFirst();
    m_acronyms[first].append({words, organization});
}

QVector<OrganizationFinder::Mention> OrganizationFinder::find(const QString &text) const
{
    QVector<Mention> found;
    findNames(text, found);
    findAcronyms(text, found);
    findUnknown(text, found);
    std::sort(found.begin(), found.end(),
              [](const Mention &a, const Mention &b) { return a.position < b.position; });
    return found;
}

void OrganizationFinder::findNames(const QString &text, QVector<Mention> &found) const
{
    // Folded words of the text, each with its written span.
    const FoldedText folded(text);
    QVector<Word> words;
    for (const Word &word : wordsOf(folded.text()))
        words.append({word.text, folded.writtenPosition(word.position),
                      folded.writtenEnd(word.position, word.end - word.position)});
    QVector<Mention> names;
    for (int i = 0; i < words.size(); ++i) {
        const auto candidates = m_names.constFind(words.at(i).text);
        if (candidates == m_names.cend())
            continue;
        const Phrase *best = nullptr;
        for (const Phrase &phrase : *candidates) {
            if (follows(words, i, phrase.words) &&
                (!best || phrase.words.size() > best->words.size()))
                best = &phrase;
        }
        if (!best)
            continue;
        const qsizetype end = words.at(i + best->words.size()).end;
        const Organization &organization = m_organizations.at(best->organization);
        names.append(
            {words.at(i).position, end - words.at(i).position, organization.id, organization.name});
    }
    // Longest first, so "Asian Americans Advancing Justice | Chicago" wins over its start.
    std::stable_sort(names.begin(), names.end(),
                     [](const Mention &a, const Mention &b) { return a.length > b.length; });
    for (const Mention &name : std::as_const(names)) {
        if (!overlaps(found, name.position, name.length))
            found << name;
    }
}

void OrganizationFinder::findAcronyms(const QString &text, QVector<Mention> &found) const
{
    const QVector<Word> words = wordsOf(text);
    for (int i = 0; i < words.size(); ++i) {
        const auto candidates = m_acronyms.constFind(words.at(i).text);
        if (candidates == m_acronyms.cend())
            continue;
        for (const Phrase &phrase : *candidates) {
            if (!follows(words, i, phrase.words))
                continue;
            const qsizetype end = words.at(i + phrase.words.size()).end;
            if (!overlaps(found, words.at(i).position, end - words.at(i).position)) {
                const Organization &organization = m_organizations.at(phrase.organization);
                found.append({words.at(i).position, end - words.at(i).position, organization.id,
                              organization.name});
                break;
            }
        }
    }
}

qsizetype OrganizationFinder::acronymStart(const QString &name, const QString &acronym)
{
    QVector<Word> capitalized;
    for (const Word &word : wordsOf(name)) {
        if (word.text.front().isUpper())
            capitalized << word;
    }
    QString letters;
    for (const QChar c : acronym) {
        if (c.isLetter())
            letters += c.toUpper();
    }
    for (qsizetype from = 0; from + letters.size() <= capitalized.size(); ++from) {
        QString initials;
        for (qsizetype i = from; i < capitalized.size(); ++i)
            initials += capitalized.at(i).text.front().toUpper();
        if (initials == letters)
            return capitalized.at(from).position;
    }
    return -1;
}

int OrganizationFinder::knownByName(const QString &name) const
{
    const QString folded = FoldedText::fold(name).trimmed();
    for (int i = 0; i < m_organizations.size(); ++i) {
        if (FoldedText::fold(m_organizations.at(i).name).trimmed() == folded)
            return i;
    }
    return -1;
}

void OrganizationFinder::findUnknown(const QString &text, QVector<Mention> &found) const
{
    for (const QRegularExpression *pattern : {&m_defined, &m_selfNamed}) {
        for (auto matches = pattern->globalMatch(text); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            QString name = match.captured(QStringLiteral("name"));
            qsizetype position = match.capturedStart(QStringLiteral("name"));
            const QString acronym = match.captured(QStringLiteral("acronym"));
            if (!acronym.isEmpty()) {
                // "… Coalition and Communities United for Status and Protection (CUSP)":
                // the name is the words whose initials the acronym's letters are.
                const qsizetype start = acronymStart(name, acronym);
                if (start < 0)
                    continue;
                position += start;
                name = name.mid(start);
            }
            // "Join the Fund Excluded Workers Coalition": a sentence's first word and an
            // article are not the name's.
            for (QString first = name.section(QLatin1Char(' '), 0, 0);
                 name.contains(QLatin1Char(' ')) &&
                 (m_leadingWords.contains(first.toLower()) || m_joiners.contains(first.toLower()));
                 first = name.section(QLatin1Char(' '), 0, 0)) {
                position += first.size() + 1;
                name = name.mid(first.size() + 1);
            }
            if (name.count(QLatin1Char(' ')) < 1 || overlaps(found, position, name.size()))
                continue;
            const int known = knownByName(name);
            found.append({position, name.size(),
                          known >= 0 ? m_organizations.at(known).id : QString(),
                          known >= 0 ? m_organizations.at(known).name : name});
        }
    }
}
