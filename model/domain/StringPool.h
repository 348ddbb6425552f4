#pragma once

#include <QSet>
#include <QString>

// Hands back one shared copy of each distinct string. A feed or a database's field
// stamps repeat a handful of entity names, field names, device ids and authors hundreds
// of thousands of times; sharing them (QString is implicitly shared) keeps a large sync
// from holding a separate copy of each.
class StringPool
{
public:
    QString shared(const QString &text)
    {
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return *found;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};
