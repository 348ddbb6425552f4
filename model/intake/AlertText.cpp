#include "model/intake/AlertText.h"

#include <QRegularExpression>

namespace {

// A heading: a line of at most this many characters that ends without punctuation.
constexpr int headingLength = 160;

bool isHeading(const QString &paragraph)
{
    const QString line = paragraph.trimmed();
    if (line.isEmpty() || line.size() > headingLength || line.contains(QLatin1Char('\n')))
        return false;
    const QChar last = line.back();
    return !QStringLiteral(".!?:;,").contains(last);
}

} // namespace

AlertText::AlertText(const QString &text, const IntakeRules &rules) : m_text(text)
{
    // Paragraphs end at a blank line, and each item of a list is one ("• Donate…",
    // "2. Join…"): a list's items are separate asks.
    static const QRegularExpression blankLine(
        QStringLiteral("\\n[ \\t\\r]*\\n|\\n(?=[ \\t]*(?:[•·*▪–-]|\\d{1,2}[.)])\\s)"));
    int heading = -1;
    qsizetype start = 0;
    while (start < text.size()) {
        const QRegularExpressionMatch gap = blankLine.match(text, start);
        const qsizetype end = gap.hasMatch() ? gap.capturedStart() : text.size();
        Span span{start, end - start};
        // Leading and trailing white space is not the paragraph's.
        while (span.length > 0 && text.at(span.position).isSpace()) {
            ++span.position;
            --span.length;
        }
        while (span.length > 0 && text.at(span.end() - 1).isSpace())
            --span.length;
        if (span.length > 0) {
            Paragraph paragraph;
            paragraph.span = span;
            paragraph.heading = isHeading(textOf(span));
            paragraph.underHeading = heading;
            paragraph.sentences = sentencesOf(span, rules);
            if (paragraph.heading)
                heading = int(m_paragraphs.size());
            m_paragraphs << paragraph;
        }
        start = gap.hasMatch() ? gap.capturedEnd() : text.size();
    }
}

QVector<AlertText::Span> AlertText::sentencesOf(const Span &paragraph,
                                                const IntakeRules &rules) const
{
    // A sentence ends at . ! ? (and closing quotes or brackets) before a space and a
    // capital letter, a digit or an opening quote, unless the word before the full stop
    // is an abbreviation or a single letter (an initial).
    static const QRegularExpression end(
        QStringLiteral("[.!?]+[\"”’')\\]]*(?=\\s+[\\p{Lu}\\d\"“‘¡¿])"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression lastWord(QStringLiteral("([\\p{L}.]+)\\.$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QVector<Span> sentences;
    qsizetype start = paragraph.position;
    for (auto matches = end.globalMatch(m_text.left(paragraph.end()), paragraph.position);
         matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        const QString before = m_text.mid(start, match.capturedEnd() - start);
        const QRegularExpressionMatch word = lastWord.match(before);
        if (word.hasMatch() && match.captured() == QStringLiteral(".")) {
            const QString abbreviation = word.captured(1).toLower();
            if (abbreviation.size() == 1 || rules.abbreviations.contains(abbreviation))
                continue;
        }
        sentences.append({start, match.capturedEnd() - start});
        start = match.capturedEnd();
        while (start < paragraph.end() && m_text.at(start).isSpace())
            ++start;
    }
    if (start < paragraph.end())
        sentences.append({start, paragraph.end() - start});
    return sentences;
}
