#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "model/storage/schema/SchemaSql.h"

#include <QUuid>

namespace {

// Version 2: sync. The columns each entity had at version 1, frozen here: version 2
// stamps every existing field once, with the record's updated_at and this device.
const Schema::FieldsByTable &version1Fields()
{
    static const Schema::FieldsByTable fields = {
        {QStringLiteral("organizations"),
         {QStringLiteral("name"), QStringLiteral("acronym"), QStringLiteral("kind"),
          QStringLiteral("region"), QStringLiteral("website"), QStringLiteral("email"),
          QStringLiteral("phone"), QStringLiteral("description"), QStringLiteral("tags")}},
        {QStringLiteral("contacts"),
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("organization_id"),
          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes"),
          QStringLiteral("tags")}},
        {QStringLiteral("campaigns"),
         {QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("issue_area"),
          QStringLiteral("goal"), QStringLiteral("target"), QStringLiteral("start_date"),
          QStringLiteral("end_date"), QStringLiteral("description"), QStringLiteral("links"),
          QStringLiteral("tags")}},
        {QStringLiteral("campaign_partners"),
         {QStringLiteral("campaign_id"), QStringLiteral("organization_id"), QStringLiteral("role"),
          QStringLiteral("commitment"), QStringLiteral("tags")}},
        {QStringLiteral("action_items"),
         {QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("campaign_id"),
          QStringLiteral("organization_id"), QStringLiteral("owner"), QStringLiteral("due_date"),
          QStringLiteral("event_start"), QStringLiteral("event_end"), QStringLiteral("location"),
          QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("link"),
          QStringLiteral("notes"), QStringLiteral("completed_at"), QStringLiteral("tags")}},
    };
    return fields;
}

void version2(const QSqlDatabase &db)
{
    const QStringList tables = {
        // One row: this database's device id and the hybrid logical clock's last stamp.
        QStringLiteral("CREATE TABLE sync_device (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "device_id TEXT NOT NULL, hlc_wall INTEGER NOT NULL DEFAULT 0, "
                       "hlc_counter INTEGER NOT NULL DEFAULT 0)"),
        // Every field of every record with the stamp of its last change: the local copy of
        // the feed's state. Deleted records keep their fields here (a later edit elsewhere
        // can bring them back); "_deleted" is a record's tombstone.
        QStringLiteral("CREATE TABLE field_stamps (entity TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "field TEXT NOT NULL, wall INTEGER NOT NULL, counter INTEGER NOT NULL, "
                       "device TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', value TEXT, PRIMARY "
                       "KEY (entity, record_id, field)) WITHOUT ROWID"),
        // Conflicts travel in the feed like records, so every laptop lists them.
        QStringLiteral("CREATE TABLE sync_conflicts (id TEXT PRIMARY KEY, entity TEXT NOT NULL "
                       "DEFAULT '', record_id TEXT NOT NULL DEFAULT '', field TEXT NOT NULL "
                       "DEFAULT '', kept_value TEXT, kept_stamp TEXT NOT NULL DEFAULT '', "
                       "kept_author TEXT NOT NULL DEFAULT '', lost_value TEXT, lost_stamp TEXT NOT "
                       "NULL DEFAULT '', lost_author TEXT NOT NULL DEFAULT '', detected_at TEXT "
                       "NOT NULL DEFAULT '', resolved TEXT NOT NULL DEFAULT '0')"),
        QStringLiteral("CREATE TABLE sync_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, feed TEXT "
                       "NOT NULL, ok INTEGER NOT NULL, summary TEXT NOT NULL)"),
        // Per feed: what it looked like at this laptop's last sync (to notice it vanished)
        // and the local clock then (edits after it on both sides are conflicts).
        QStringLiteral("CREATE TABLE sync_state (feed TEXT PRIMARY KEY, checksum TEXT NOT NULL "
                       "DEFAULT '', synced_at TEXT NOT NULL DEFAULT '', last_wall INTEGER NOT NULL "
                       "DEFAULT 0, last_counter INTEGER NOT NULL DEFAULT 0, last_device TEXT NOT "
                       "NULL DEFAULT '')"),
    };
    SchemaSql::runAll(db, tables);
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement(db, QStringLiteral("INSERT INTO sync_device (id, device_id) VALUES (1, :device)"))
        .bind(QStringLiteral(":device"), device)
        .exec();
    Schema::stampExistingRows(db, device, version1Fields());
}

} // namespace

MigrationStep SchemaSteps::sync()
{
    return {2, QStringLiteral("sync: device id, field stamps, conflicts, log"), version2};
}
