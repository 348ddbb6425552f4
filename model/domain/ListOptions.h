#pragma once

#include <QString>
#include <QtGlobal>

// What every list query accepts: words to search for (FTS5, prefix matching), the
// column to sort by (checked against the entity's columns) and a page.
struct ListOptions
{
    QString text;
    QString sortColumn; // empty: the entity's natural order (names, or due dates)
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = -1;
    int offset = 0;
};
