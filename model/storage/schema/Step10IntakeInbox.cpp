#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/schema/SchemaSql.h"

// The Inbox (model/intake): alerts pasted or fetched (intake_sources) and the draft action
// items read from them (intake_drafts), waiting for a person to accept or dismiss. Both
// travel in the feed like the conflicts list — every field stamped, a table of their own
// rather than an entity of the catalogue — so the team shares one inbox; an older
// Coalition passes their records on without showing them. A draft names its campaign and
// organization by id without a foreign key: one deleted meanwhile shows as none.
MigrationStep SchemaSteps::intakeInbox()
{
    return {10, QStringLiteral("intake: the inbox of alerts and draft action items"),
            [](const QSqlDatabase &db) {
                SchemaSql::runAll(
                    db,
                    {QStringLiteral("CREATE TABLE intake_sources (id TEXT PRIMARY KEY, kind TEXT "
                                    "NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', "
                                    "received_on TEXT NOT NULL DEFAULT '', language TEXT NOT "
                                    "NULL DEFAULT '', text TEXT NOT NULL DEFAULT '')"),
                     QStringLiteral(
                         "CREATE TABLE intake_drafts (id TEXT PRIMARY KEY, source_id TEXT NOT "
                         "NULL DEFAULT '', passage_start TEXT NOT NULL DEFAULT '', "
                         "passage_length TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT "
                         "'', kind TEXT NOT NULL DEFAULT '', campaign_id TEXT, organization_id "
                         "TEXT, new_organization TEXT NOT NULL DEFAULT '', due_date TEXT, "
                         "event_start TEXT, event_end TEXT, link TEXT NOT NULL DEFAULT '', "
                         "notes TEXT NOT NULL DEFAULT '', reasons TEXT NOT NULL DEFAULT '', state "
                         "TEXT NOT NULL DEFAULT 'open', action_item_id TEXT NOT NULL DEFAULT '', "
                         "proposed_at TEXT NOT NULL DEFAULT '')"),
                     QStringLiteral("CREATE INDEX intake_drafts_by_state ON intake_drafts(state, "
                                    "proposed_at)")});
            }};
}
