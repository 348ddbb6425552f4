#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/schema/SchemaSql.h"

// Partners' news feeds (model/intake): the RSS or Atom addresses the team chose to watch,
// each under the organization that publishes it. They travel in the feed like the inbox —
// every field stamped — so every laptop watches the same ones; one taken off is marked
// removed rather than deleted, so a laptop offline meanwhile learns of it too. What was
// already read from them is the inbox's own memory (intake_sources of kind "feed").
MigrationStep SchemaSteps::partnerFeeds()
{
    return {11, QStringLiteral("intake: partners' news feeds"), [](const QSqlDatabase &db) {
                SchemaSql::runAll(
                    db, {QStringLiteral("CREATE TABLE partner_feeds (id TEXT PRIMARY KEY, "
                                        "organization_id TEXT, address TEXT NOT NULL DEFAULT '', "
                                        "removed TEXT NOT NULL DEFAULT '')"),
                         QStringLiteral("CREATE INDEX intake_sources_by_address ON "
                                        "intake_sources(kind, address)")});
            }};
}
