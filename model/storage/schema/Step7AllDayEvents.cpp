#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/schema/SchemaSql.h"

// An action item's event may last whole days (all_day = 'yes'): its start and end are
// then dates, stored as midnight UTC. Rows of before keep '' (a timed event or none).
MigrationStep SchemaSteps::allDayEvents()
{
    return {7, QStringLiteral("records: all-day events"), [](const QSqlDatabase &db) {
                SchemaSql::runAll(db, {QStringLiteral("ALTER TABLE action_items ADD COLUMN "
                                                      "all_day TEXT NOT NULL DEFAULT ''")});
            }};
}
