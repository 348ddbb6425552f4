#include "model/storage/DeferredSearchIndex.h"

#include "model/storage/Database.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/Statement.h"

DeferredSearchIndex::DeferredSearchIndex(Database &database, const QString &table)
    : m_database(database), m_table(table)
{
    // The triggers that keep table_fts in step (SchemaSql::ftsStatements), whatever
    // schema step made them.
    Statement list(database.connection(),
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                  "tbl_name = :table AND instr(sql, :fts) > 0 ORDER BY name"));
    list.bind(QStringLiteral(":table"), table)
        .bind(QStringLiteral(":fts"), table + QStringLiteral("_fts"))
        .exec();
    while (list.next())
        m_triggers.append({list.text(0), list.text(1)});
    for (const auto &trigger : std::as_const(m_triggers))
        Statement(database.connection(), QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.first))
            .exec();
}

void DeferredSearchIndex::rebuild()
{
    if (m_triggers.isEmpty())
        return; // a table without a search index
    for (const auto &trigger : std::as_const(m_triggers))
        Statement(m_database.connection(), trigger.second).exec();
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(m_table))
        .exec();
}

bool DeferredSearchIndex::worthIt(int written, int rowCount)
{
    // Rebuilding 100,000 action items' index takes about as long as keeping 10,000 row
    // writes' triggers (measured here): a quarter of the table is well past that.
    return written >= SearchIndex::bulkChange && written * 4 >= rowCount;
}
