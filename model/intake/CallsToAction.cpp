#include "model/intake/CallsToAction.h"

#include <algorithm>

namespace {

// A title says the action and its object, not the whole sentence: at most this many words.
constexpr int titleWords = 14;

QRegularExpression pattern(const QString &source)
{
    return QRegularExpression(source, QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
}

// Words as written in a rules file, as a pattern: any space between them, no letter
// either side.
QString wordsPattern(const QString &words)
{
    QStringList escaped;
    for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        escaped << QRegularExpression::escape(word);
    return QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
        .arg(escaped.join(QStringLiteral("\\s+")));
}

} // namespace

CallsToAction::CallsToAction(const IntakeRules &rules) : m_rules(rules)
{
    for (const IntakeRules::Action &action : std::as_const(m_rules.actions)) {
        for (const QString &entry : action.words) {
            const QString words = entry.section(QLatin1Char('='), 0, 0).trimmed();
            const QString kept = entry.section(QLatin1Char('='), 1).trimmed();
            m_triggers.append({&action, words, kept, pattern(wordsPattern(words))});
        }
    }
    QStringList notCalls;
    for (const QString &words : std::as_const(m_rules.notCalls))
        notCalls << wordsPattern(words);
    m_notCall =
        pattern(notCalls.isEmpty() ? QStringLiteral("(?!)") : notCalls.join(QLatin1Char('|')));
    QStringList openers;
    for (const QString &opener : std::as_const(m_rules.politeOpeners))
        openers << wordsPattern(opener);
    m_opener = pattern(QStringLiteral("(?:%1)[\\s:,!–—-]*").arg(openers.join(QLatin1Char('|'))));
    // Where a title's object ends: the end of a clause, a dash, "by going to…", a link,
    // or "and" before a call of another kind ("… and share it"). "Call … and ask her to
    // add $3 billion" is one call: the object goes on through a verb of its own kind.
    const auto firstWords = [this](const IntakeRules::Action *only, bool same) {
        QStringList verbs;
        for (const Trigger &trigger : std::as_const(m_triggers)) {
            if ((trigger.action == only) == same)
                verbs << QRegularExpression::escape(trigger.words.section(QLatin1Char(' '), 0, 0));
        }
        verbs.removeDuplicates();
        return verbs;
    };
    const QString nextCall = QStringLiteral("(?:and|or|y|o)\\s+(?:%1)(?![\\p{L}\\p{N}])");
    m_sharedObject =
        pattern(QStringLiteral("^\\s*%1\\s*")
                    .arg(nextCall.arg(firstWords(nullptr, false).join(QLatin1Char('|')))));
    for (const IntakeRules::Action &action : std::as_const(m_rules.actions)) {
        QStringList others = firstWords(&action, false);
        for (const QString &own : firstWords(&action, true))
            others.removeAll(own);
        m_clauseEnds.insert(
            &action,
            pattern(QStringLiteral(
                        "[;:!?()“”\"]|\\.(?!\\d)|\\s[–—-]\\s|,\\s|\\s(?:so|because|while|which|"
                        "who|porque|que)\\s|\\s%1|\\s(?:by|en|at)\\s+(?:going|visiting|clicking|"
                        "https?://|www\\.)|\\bhttps?://|\\bwww\\.|\\b[\\w-]+\\.(?:com|org|net|"
                        "gov|edu)\\b")
                        .arg(nextCall.arg(others.isEmpty() ? QStringLiteral("(?!)")
                                                           : others.join(QLatin1Char('|'))))));
    }
}

QVector<qsizetype> CallsToAction::clauseStarts(const QString &sentence) const
{
    QVector<qsizetype> starts;
    qsizetype first = 0;
    while (first < sentence.size() && !sentence.at(first).isLetterOrNumber())
        ++first;
    starts << first;
    for (auto matches = m_opener.globalMatch(sentence); matches.hasNext();)
        starts << matches.next().capturedEnd();
    return starts;
}

QVector<CallsToAction::Call> CallsToAction::in(const QString &sentence,
                                               const QString &subject) const
{
    const QVector<qsizetype> starts = clauseStarts(sentence);
    struct Found
    {
        Call call;
        QString kept;
        bool imperative = false;
    };
    QVector<Found> found;
    QVector<std::pair<qsizetype, qsizetype>> notCalls;
    for (auto matches = m_notCall.globalMatch(sentence); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        notCalls.append({match.capturedStart(), match.capturedEnd()});
    }
    for (const Trigger &trigger : m_triggers) {
        for (auto matches = trigger.pattern.globalMatch(sentence); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            const bool notCall = std::any_of(notCalls.cbegin(), notCalls.cend(), [&](auto span) {
                return match.capturedStart() >= span.first && match.capturedStart() < span.second;
            });
            if (notCall)
                continue;
            const bool atStart = starts.contains(match.capturedStart());
            if (!atStart && !trigger.words.contains(QLatin1Char(' ')))
                continue;
            found.append({{trigger.action, match.capturedStart(), match.capturedLength(), {}},
                          trigger.kept,
                          atStart});
        }
    }
    // Where two triggers overlap ("join" and "join the"), the longer one, then the earlier.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.call.position != b.call.position ? a.call.position < b.call.position
                                                  : a.call.length > b.call.length;
    });
    QVector<Call> calls;
    qsizetype taken = -1;
    static const QRegularExpression clauseBreak(QStringLiteral("[.;:!?]"));
    for (const Found &one : std::as_const(found)) {
        if (one.call.position < taken)
            continue;
        // "… and ask her to …" after "Call …" in the same clause: already in its title.
        if (!calls.isEmpty() && calls.constLast().action == one.call.action &&
            !sentence.mid(taken, one.call.position - taken).contains(clauseBreak))
            continue;
        Call call = one.call;
        entitle(call, one.kept, one.imperative, sentence, subject);
        taken = call.position + call.length;
        calls << call;
    }
    return calls;
}

void CallsToAction::entitle(Call &call, const QString &kept, bool imperative,
                            const QString &sentence, const QString &subject) const
{
    QString object = sentence.mid(call.position + call.length);
    // What tells nothing at the start of the object: "here:", "today", "now".
    static const QRegularExpression filler(
        QStringLiteral("^(?:[\\s:,!–—-]|here\\b|today\\b|now\\b|hoy\\b|aquí\\b|ahora\\b)+"),
        QRegularExpression::CaseInsensitiveOption);
    object.remove(filler);
    // A telephone number is for the notes, not the title ("Call … at (202) 224-6542").
    static const QRegularExpression phone(
        QStringLiteral("\\s*(?:\\b(?:at|al)\\s+)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}\\b"));
    object.remove(phone);
    // "donating or sharing the fundraisers": both calls' object is the fundraisers.
    object.remove(m_sharedObject);
    object.remove(filler);
    const QRegularExpressionMatch end = m_clauseEnds.value(call.action).match(object);
    if (end.hasMatch())
        object.truncate(end.capturedStart());
    QStringList words = object.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > titleWords)
        words = words.mid(0, titleWords);
    static const QRegularExpression dangling(
        QStringLiteral("^(?:and|or|to|the|a|of|for|by|in|on|at|with|y|o|a|de|del|la|el|en|para|"
                       "con|here|aquí)$"),
        QRegularExpression::CaseInsensitiveOption);
    while (!words.isEmpty() && dangling.match(words.constLast()).hasMatch())
        words.removeLast();
    // "Read more about…", "Watch this": no object worth a title; "Report" alone neither.
    if (words.size() < 2 || m_rules.vagueObjects.contains(words.constFirst().toLower()))
        words.clear();
    // "Read their statement": whose, when the sentence's organization is known.
    static const QRegularExpression their(QStringLiteral("^(?:their|its|su|sus)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!subject.isEmpty() && !words.isEmpty() && their.match(words.constFirst()).hasMatch())
        words.first() = subject + QStringLiteral("’s");
    // An imperative keeps its own verb ("Download", "Watch"); a call reported or written
    // as "-ing" ("is calling on", "by donating") takes its kind's ("Call", "Donate to").
    const QString written = sentence.mid(call.position, call.length).simplified();
    const bool ownVerb = imperative && kept.isEmpty() && !written.contains(QLatin1Char(' ')) &&
                         !written.endsWith(QStringLiteral("ing"));
    // "join the day of action": the article the trigger ends in stays the object's.
    static const QRegularExpression article(
        QStringLiteral("\\s(the|a|an|our|your|el|la|los|las|un|una|nuestro|nuestra)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch ending = article.match(written);
    if (!ownVerb && kept.isEmpty() && ending.hasMatch() && !words.isEmpty() &&
        !call.action->title.endsWith(QLatin1Char(' ') + ending.captured(1), Qt::CaseInsensitive))
        words.prepend(ending.captured(1));
    QStringList title{ownVerb ? written : call.action->title};
    if (ownVerb && !title.isEmpty())
        title.first()[0] = title.first().at(0).toUpper();
    if (!kept.isEmpty())
        title << kept;
    title << words;
    call.title = title.join(QLatin1Char(' '));
    call.hasObject = !words.isEmpty();
}
