#pragma once

#include <QPair>
#include <QStringList>
#include <QVector>

class Database;

// The search index of a table, left alone while many of its rows are written and built
// again once from the table afterwards. Each statement that writes a row with the search
// triggers in place makes FTS5 flush its pending terms into a new piece of the index (a
// statement savepoint does that): a new laptop's first sync of 10,000 action items spent
// a third of its time there, and the cost grows with the index. The triggers are dropped
// here and made again by rebuild(), inside the caller's transaction, so a rollback puts
// everything back.
class DeferredSearchIndex
{
public:
    DeferredSearchIndex(Database &database, const QString &table);
    // Makes the triggers again and builds the table's search index from its rows.
    void rebuild();

    // Whether writing this many rows of a table holding rowCount is worth a rebuild
    // (proportional to the whole table) instead of the triggers (to what is written).
    static bool worthIt(int written, int rowCount);

private:
    Database &m_database;
    QString m_table;
    QVector<QPair<QString, QString>> m_triggers; // name, SQL
};
