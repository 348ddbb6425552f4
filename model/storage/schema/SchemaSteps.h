#pragma once

#include "model/storage/schema/MigrationStep.h"

// The schema's history, one file per step (Step<N><Name>.cpp). A step that has shipped
// is frozen: a change to the schema is a new step, added here and to Schema::steps().
namespace SchemaSteps {

MigrationStep records();         // 1: the record tables, indexes and search
MigrationStep sync();            // 2: device id, field stamps, conflicts, sync log
MigrationStep teamId();          // 3: the team a database syncs with
MigrationStep searchPrefixes();  // 4: prefix indexes for searching action items
MigrationStep storableMerges();  // 5: no checks a merge of right edits can break
MigrationStep incrementalFeed(); // 6: what changed since a sync, the feed's segments merged
MigrationStep allDayEvents();    // 7: an action item's event may last whole days
MigrationStep recurrence();      // 8: recurring action items
MigrationStep reportIndex();     // 9: a campaign's report read from one index
MigrationStep intakeInbox();     // 10: the inbox of alerts and draft action items
MigrationStep partnerFeeds();    // 11: partners' news feeds

} // namespace SchemaSteps
