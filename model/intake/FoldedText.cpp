#include "model/intake/FoldedText.h"

FoldedText::FoldedText(const QString &text) : m_writtenSize(text.size())
{
    m_folded.reserve(text.size() + 2);
    m_from.reserve(text.size() + 2);
    // A leading and a trailing space, so " word " finds a word at either end.
    const auto append = [this](QChar c, qsizetype from) {
        if (c == QLatin1Char(' ') && !m_folded.isEmpty() && m_folded.back() == QLatin1Char(' '))
            return;
        m_folded.append(c);
        m_from.append(from);
    };
    append(QLatin1Char(' '), 0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('&')) {
            append(QLatin1Char(' '), i);
            for (QChar letter : QStringLiteral("and"))
                append(letter, i);
            append(QLatin1Char(' '), i);
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // "Workers’" and "Workers" are one word
        } else if (c.isLetterOrNumber()) {
            // The base letter of an accented one (its canonical decomposition's first).
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            append(decomposed.at(0).toLower(), i);
        } else {
            append(QLatin1Char(' '), i);
        }
    }
    append(QLatin1Char(' '), text.size());
}

qsizetype FoldedText::writtenPosition(qsizetype foldedPosition) const
{
    if (foldedPosition >= m_from.size())
        return m_writtenSize;
    // A space stands for a run; the word after it starts at its next character.
    while (foldedPosition < m_from.size() && m_folded.at(foldedPosition) == QLatin1Char(' '))
        ++foldedPosition;
    return foldedPosition < m_from.size() ? m_from.at(foldedPosition) : m_writtenSize;
}

qsizetype FoldedText::writtenEnd(qsizetype foldedPosition, qsizetype foldedLength) const
{
    qsizetype last = foldedPosition + foldedLength - 1;
    while (last > foldedPosition && m_folded.at(last) == QLatin1Char(' '))
        --last;
    return last < m_from.size() ? m_from.at(last) + 1 : m_writtenSize;
}

QString FoldedText::fold(const QString &text)
{
    return FoldedText(text).text();
}
