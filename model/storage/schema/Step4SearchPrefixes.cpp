#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/Statement.h"
#include "model/storage/schema/SchemaSql.h"

namespace {

// Search as you type starts with one or two letters, and a prefix query like "c*"
// otherwise merges the lists of every word starting with c: over a million items,
// looking one row up in it took a second. Prefix indexes of one to three characters
// make each such prefix one list, for about 4% more index. The triggers keep working:
// they name the table, which is made again under the same name.
void version4(const QSqlDatabase &db)
{
    const QStringList columns = {QStringLiteral("title"), QStringLiteral("owner"),
                                 QStringLiteral("location"), QStringLiteral("notes"),
                                 QStringLiteral("tags")};
    Statement(db, QStringLiteral("DROP TABLE action_items_fts")).exec();
    Statement(db, SchemaSql::ftsTable(QStringLiteral("action_items"), columns,
                                      QStringLiteral(", prefix='1 2 3'")))
        .exec();
    Statement(db,
              QStringLiteral("INSERT INTO action_items_fts(action_items_fts) VALUES ('rebuild')"))
        .exec();
}

} // namespace

MigrationStep SchemaSteps::searchPrefixes()
{
    return {4, QStringLiteral("search: prefix indexes for action items"), version4};
}
