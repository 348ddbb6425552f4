#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/schema/SchemaSql.h"

// A repeating action item (docs/recurrence.md): its RFC 5545 rule and the day its series
// starts. What became of each occurrence (done, skipped) is a field of its own in the
// stamps, with no column: laptops completing different occurrences merge them all.
MigrationStep SchemaSteps::recurrence()
{
    return {8, QStringLiteral("records: recurring action items"), [](const QSqlDatabase &db) {
                SchemaSql::runAll(
                    db, {QStringLiteral("ALTER TABLE action_items ADD COLUMN recurrence TEXT NOT "
                                        "NULL DEFAULT ''"),
                         QStringLiteral("ALTER TABLE action_items ADD COLUMN series_start TEXT")});
            }};
}
