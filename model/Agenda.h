#pragma once

#include "ActionItem.h"
#include "AgendaBucket.h"

#include <QVector>

class Database;

// The open action items by deadline, as the agenda command and the Deadlines page
// show them: grouped into buckets relative to today, overdue first.
class Agenda
{
public:
    struct Entry
    {
        ActionItem item;
        QString campaignName;
    };
    struct Group
    {
        AgendaBucket bucket;
        QVector<Entry> entries;
    };

    // days < 0: everything open, undated items included; otherwise items due up to
    // today + days (overdue ones always), without undated items.
    static QVector<Group> build(Database &database, const QDate &today, int days = -1);
};
