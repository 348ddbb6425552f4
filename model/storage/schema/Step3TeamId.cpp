#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/Statement.h"

// The team whose feed this database syncs with, so a laptop pointed at another
// coalition's feed is refused instead of mixing both teams' records.
MigrationStep SchemaSteps::teamId()
{
    return {3, QStringLiteral("sync: team id"), [](const QSqlDatabase &db) {
                Statement(db, QStringLiteral("ALTER TABLE sync_device ADD COLUMN team_id TEXT NOT "
                                             "NULL DEFAULT ''"))
                    .exec();
            }};
}
