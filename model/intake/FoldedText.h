#pragma once

#include <QString>
#include <QVector>

// Text folded for matching names and words: lower case, accents taken off ("Nguyễn" →
// "nguyen", "DÍA" → "dia"), every run of punctuation and spaces one space, "&" read as
// "and". Keeps where each folded character came from, so a match is highlighted in the
// text as it was written.
class FoldedText
{
public:
    explicit FoldedText(const QString &text);

    const QString &text() const { return m_folded; }
    // The written text's span of the folded span [position, position + length).
    qsizetype writtenPosition(qsizetype foldedPosition) const;
    qsizetype writtenEnd(qsizetype foldedPosition, qsizetype foldedLength) const;

    // The folded form alone (a name to look for).
    static QString fold(const QString &text);

private:
    QString m_folded;
    QVector<qsizetype> m_from; // for each folded character, its written position
    qsizetype m_writtenSize = 0;
};
