#pragma once

#include "model/intake/IntakeRules.h"

#include <QString>
#include <QVector>

// An alert cut into what the extractor reads: paragraphs (blocks between blank lines,
// their lines joined), the heading each falls under (a short line that ends without a
// full stop), and sentences ("Gov." and "Dec." end none). Every piece keeps its place in
// the text.
class AlertText
{
public:
    struct Span
    {
        qsizetype position = 0;
        qsizetype length = 0;
        qsizetype end() const { return position + length; }
        bool contains(qsizetype at) const { return at >= position && at < end(); }
    };
    struct Paragraph
    {
        Span span;
        bool heading = false;
        int underHeading = -1; // index of the heading paragraph above it, or -1
        QVector<Span> sentences;
    };

    AlertText(const QString &text, const IntakeRules &rules);

    const QString &text() const { return m_text; }
    const QVector<Paragraph> &paragraphs() const { return m_paragraphs; }
    QString textOf(const Span &span) const { return m_text.mid(span.position, span.length); }

private:
    QVector<Span> sentencesOf(const Span &paragraph, const IntakeRules &rules) const;

    QString m_text;
    QVector<Paragraph> m_paragraphs;
};
