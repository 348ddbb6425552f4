#include "model/intake/AlertDates.h"

#include <algorithm>

namespace {

// Words as a regular expression's alternatives, longest first so "sept" wins over "sep";
// a word found with or without its full stop.
QString alternatives(QStringList words)
{
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &word : std::as_const(words))
        escaped << QRegularExpression::escape(word);
    return QStringLiteral("(?:%1)").arg(escaped.join(QLatin1Char('|')));
}

QRegularExpression pattern(const QString &source)
{
    return QRegularExpression(source, QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
}

// The year of a month and day written without one: the one nearest the alert's day.
QDate nearest(int month, int day, const QDate &alertDay)
{
    QDate best;
    for (int year = alertDay.year() - 1; year <= alertDay.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() &&
            (!best.isValid() || qAbs(candidate.daysTo(alertDay)) < qAbs(best.daysTo(alertDay))))
            best = candidate;
    }
    return best;
}

int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

} // namespace

AlertDates::AlertDates(const IntakeRules &rules) : m_rules(rules)
{
    const QString weekday =
        QStringLiteral("(?:%1\\.?,?\\s+)?").arg(alternatives(rules.weekdays.keys()));
    const QString month = QStringLiteral("(?<month>%1)\\.?").arg(alternatives(rules.months.keys()));
    const QString day =
        QStringLiteral("(?<day>\\d{1,2})%1?")
            .arg(rules.ordinalEndings.isEmpty() ? QString() : alternatives(rules.ordinalEndings));
    QStringList yearJoiners = rules.yearJoiners;
    yearJoiners.removeAll(QStringLiteral(","));
    const QString year =
        QStringLiteral("(?:,?\\s*(?:%1\\s+)?(?<year>\\d{4})\\b)?")
            .arg(yearJoiners.isEmpty() ? QStringLiteral("(?!)") : alternatives(yearJoiners));
    const QString dayMonthJoiner =
        rules.dayMonthJoiners.isEmpty()
            ? QString()
            : QStringLiteral("(?:%1\\s+)?").arg(alternatives(rules.dayMonthJoiners));
    m_monthDay = pattern(QStringLiteral("\\b%1%2\\s+%3\\b%4").arg(weekday, month, day, year));
    m_dayMonth = pattern(
        QStringLiteral("\\b%1%2\\s+%3%4\\b%5").arg(weekday, day, dayMonthJoiner, month, year));
    m_numeric = pattern(QStringLiteral(
        "(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])"));
    m_yearlessLead = pattern(
        QStringLiteral("\\b(?:%1|%2)\\.?,?\\s*$")
            .arg(alternatives(rules.yearlessNumberLeads), alternatives(rules.weekdays.keys())));
    m_relative =
        pattern(QStringLiteral("\\b(?<word>%1)\\b").arg(alternatives(rules.relativeDays.keys())));
    m_notRelative = rules.notRelative.isEmpty()
                        ? QRegularExpression()
                        : pattern(QStringLiteral("\\b%1\\b").arg(alternatives(rules.notRelative)));
    m_monthWindow =
        pattern(QStringLiteral(
                    "\\b(?:(?<whole>%1)\\s+)?(?<from>%2)\\b(?:\\s*(?<joiner>%3)\\s*(?<to>%2)\\b)?"
                    "(?:,?\\s+(?<year>\\d{4})\\b)?")
                    .arg(alternatives(rules.wholeMonth), alternatives(rules.months.keys()),
                         alternatives(rules.monthJoiners)));
    // A time follows its day: ", 6:30 PM", " at 6 p.m.", " from 6-7:30 PM", " a las 18:00".
    const QString clock = QStringLiteral("(?<%1hour>\\d{1,2})(?::(?<%1minute>\\d{2}))?\\s*"
                                         "(?<%1half>%2(?!\\w))?");
    const QString halves = alternatives(rules.morning + rules.evening);
    m_time = pattern(
        QStringLiteral("\\s*(?:%1\\s*)?%2(?:\\s*%3\\s*%4)?")
            .arg(alternatives(rules.timeJoiners), clock.arg(QStringLiteral("s"), halves),
                 alternatives(rules.timeRangeJoiners), clock.arg(QStringLiteral("e"), halves)));
}

int AlertDates::monthOf(const QString &word) const
{
    return m_rules.months.value(word.toLower(), 0);
}

QVector<AlertDates::Mention> AlertDates::find(const QString &text, const QDate &alertDay) const
{
    QVector<Mention> found;
    const auto overlaps = [&found](qsizetype position, qsizetype length) {
        return std::any_of(found.cbegin(), found.cend(), [&](const Mention &other) {
            return position < other.position + other.length && other.position < position + length;
        });
    };
    const auto add = [&](const QRegularExpressionMatch &match, const QDate &first,
                         const QDate &last) {
        if (!first.isValid() || !last.isValid() ||
            overlaps(match.capturedStart(), match.capturedLength()))
            return;
        Mention mention;
        mention.position = match.capturedStart();
        mention.length = match.capturedLength();
        mention.first = first;
        mention.last = last;
        found << mention;
    };
    const auto day = [&alertDay](const QRegularExpressionMatch &match, int month, int dayOfMonth) {
        return match.captured(QStringLiteral("year")).isEmpty()
                   ? nearest(month, dayOfMonth, alertDay)
                   : QDate(fullYear(match.captured(QStringLiteral("year"))), month, dayOfMonth);
    };

    // Days first, then the words for days, then windows of months where no day is.
    for (const QRegularExpression *named : {&m_monthDay, &m_dayMonth}) {
        for (auto matches = named->globalMatch(text); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            const QDate when = day(match, monthOf(match.captured(QStringLiteral("month"))),
                                   match.captured(QStringLiteral("day")).toInt());
            add(match, when, when);
        }
    }
    for (auto matches = m_numeric.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        int month = match.captured(QStringLiteral("a")).toInt();
        int dayOfMonth = match.captured(QStringLiteral("b")).toInt();
        if (m_rules.dayFirst)
            std::swap(month, dayOfMonth);
        const qsizetype lookBack = qMin<qsizetype>(match.capturedStart(), 24);
        if (match.captured(QStringLiteral("year")).isEmpty() &&
            !m_yearlessLead.match(text.mid(match.capturedStart() - lookBack, lookBack)).hasMatch())
            continue;
        const QDate when = month >= 1 && month <= 12 ? day(match, month, dayOfMonth) : QDate();
        add(match, when, when);
    }
    QVector<std::pair<qsizetype, qsizetype>> notRelative;
    if (m_notRelative.isValid() && !m_notRelative.pattern().isEmpty()) {
        for (auto matches = m_notRelative.globalMatch(text); matches.hasNext();) {
            const QRegularExpressionMatch match = matches.next();
            notRelative.append({match.capturedStart(), match.capturedEnd()});
        }
    }
    for (auto matches = m_relative.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        const bool inPhrase = std::any_of(notRelative.cbegin(), notRelative.cend(), [&](auto span) {
            return match.capturedStart() >= span.first && match.capturedEnd() <= span.second;
        });
        const QDate when = inPhrase ? QDate()
                                    : alertDay.addDays(m_rules.relativeDays.value(
                                          match.captured(QStringLiteral("word")).toLower()));
        add(match, when, when);
    }
    for (auto matches = m_monthWindow.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        // A month's name alone is too often another word ("May", "March"): a window is
        // said with its words ("throughout July") or as two months ("August and September").
        if (match.captured(QStringLiteral("whole")).isEmpty() &&
            match.captured(QStringLiteral("to")).isEmpty())
            continue;
        const int from = monthOf(match.captured(QStringLiteral("from")));
        const int to = match.captured(QStringLiteral("to")).isEmpty()
                           ? from
                           : monthOf(match.captured(QStringLiteral("to")));
        const QDate first = day(match, from, 1);
        QDate last = QDate(first.year() + (to < from ? 1 : 0), to, 1);
        last = last.addDays(last.daysInMonth() - 1);
        add(match, first, last);
    }
    std::sort(found.begin(), found.end(),
              [](const Mention &a, const Mention &b) { return a.position < b.position; });
    for (Mention &mention : found)
        findTimes(text, mention);
    return found;
}

void AlertDates::findTimes(const QString &text, Mention &mention) const
{
    const qsizetype after = mention.position + mention.length;
    const QRegularExpressionMatch match =
        m_time.match(text, after, QRegularExpression::NormalMatch,
                     QRegularExpression::AnchorAtOffsetMatchOption);
    if (!match.hasMatch())
        return;
    const auto timeOf = [&](const QString &prefix, const QString &half) {
        int hour = match.captured(prefix + QStringLiteral("hour")).toInt();
        const int minute = match.captured(prefix + QStringLiteral("minute")).toInt();
        const QString written = half.toLower();
        if (m_rules.evening.contains(written) && hour < 12)
            hour += 12;
        else if (m_rules.morning.contains(written) && hour == 12)
            hour = 0;
        return QTime(hour, minute);
    };
    const QString startHalf = match.captured(QStringLiteral("shalf"));
    const QString endHalf = match.captured(QStringLiteral("ehalf"));
    const bool hasEnd = !match.captured(QStringLiteral("ehour")).isEmpty();
    // "6-7:30 PM": the start takes the end's half of the day.
    const QString impliedStartHalf = startHalf.isEmpty() && hasEnd ? endHalf : startHalf;
    // A bare number is not a time ("December 30, 2021 at 19 places"): it needs its
    // minutes or its half of the day.
    const auto isTime = [&](const QString &prefix, const QString &half) {
        return !match.captured(prefix + QStringLiteral("minute")).isEmpty() || !half.isEmpty();
    };
    if (!isTime(QStringLiteral("s"), impliedStartHalf))
        return;
    mention.start = timeOf(QStringLiteral("s"), impliedStartHalf);
    if (hasEnd && isTime(QStringLiteral("e"), endHalf))
        mention.end = timeOf(QStringLiteral("e"), endHalf);
    if (!mention.start.isValid())
        mention.start = mention.end = QTime();
    mention.length = match.capturedEnd() - mention.position;
}
