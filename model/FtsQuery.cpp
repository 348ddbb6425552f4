#include "FtsQuery.h"

#include <QStringList>

namespace FtsQuery {

QString fromUserText(const QString &text)
{
    QStringList terms;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        bool searchable = false;
        for (const QChar c : word)
            searchable = searchable || c.isLetterOrNumber();
        if (!searchable)
            continue;
        word.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace FtsQuery
