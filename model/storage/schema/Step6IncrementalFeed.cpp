#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/schema/SchemaSql.h"

// Feed format 2 (docs/feed-format.md): a sync reads only the segments it has not merged
// and appends only this laptop's changes since its last sync.
//  - field_stamps.seq: a number that grows with every write of a field stamp (local edit
//    or sync), so "what changed here since the last sync" is one range of an index.
//    Rows of before this step have 0: a laptop's first format 2 sync sends them all.
//  - sync_state: per feed, the format last seen (a feed put back to format 1 after the
//    team moved on is refused), the snapshot last merged, and the seq of the last sync.
//  - feed_heads: per feed and laptop, the last segment of its chain merged here, so a
//    sync knows which segments are new and notices one that was taken out again.
MigrationStep SchemaSteps::incrementalFeed()
{
    return {6, QStringLiteral("sync: incremental feed"), [](const QSqlDatabase &db) {
                SchemaSql::runAll(
                    db,
                    {QStringLiteral("ALTER TABLE field_stamps ADD COLUMN seq INTEGER NOT NULL "
                                    "DEFAULT 0"),
                     QStringLiteral("CREATE INDEX field_stamps_seq ON field_stamps (seq)"),
                     QStringLiteral("ALTER TABLE sync_state ADD COLUMN format INTEGER NOT NULL "
                                    "DEFAULT 1"),
                     QStringLiteral("ALTER TABLE sync_state ADD COLUMN snapshot_id TEXT NOT NULL "
                                    "DEFAULT ''"),
                     QStringLiteral("ALTER TABLE sync_state ADD COLUMN last_seq INTEGER NOT NULL "
                                    "DEFAULT -1"),
                     QStringLiteral("CREATE TABLE feed_heads (feed TEXT NOT NULL, device TEXT NOT "
                                    "NULL, number INTEGER NOT NULL, segment_id TEXT NOT NULL, "
                                    "PRIMARY KEY (feed, device)) WITHOUT ROWID")});
            }};
}
