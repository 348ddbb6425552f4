#include "model/storage/FtsQuery.h"

#include <QStringList>

#include <algorithm>

namespace FtsQuery {

QStringList searchableWords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return words;
}

QString fromUserText(const QString &text)
{
    QStringList terms;
    for (QString word : searchableWords(text)) {
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace FtsQuery
