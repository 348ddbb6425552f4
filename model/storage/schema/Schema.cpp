#include "model/storage/schema/Schema.h"

#include "model/storage/Statement.h"

#include <QUuid>

namespace {

// Columns shared by every record. seq is a local rowid alias that keeps the FTS5
// index stable across VACUUM; it never leaves this file. id (a UUID) is the
// identity that survives sync between laptops.
const char *const recordColumns = R"(
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
)";

const char *const dateCheck = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

// The search index of table over columns. options adds FTS5 options to the table.
QString ftsTable(const QString &table, const QStringList &columns, const QString &options = {})
{
    // External content: the index holds no second copy of the text.
    return QStringLiteral("CREATE VIRTUAL TABLE %1_fts USING fts5(%2, content='%1', "
                          "content_rowid='seq', tokenize='unicode61 remove_diacritics 2'%3)")
        .arg(table, columns.join(QStringLiteral(", ")), options);
}

QStringList ftsStatements(const QString &table, const QStringList &columns)
{
    const QString fts = table + QStringLiteral("_fts");
    const QString cols = columns.join(QStringLiteral(", "));
    QStringList newValues, oldValues;
    for (const QString &column : columns) {
        newValues << QStringLiteral("new.") + column;
        oldValues << QStringLiteral("old.") + column;
    }
    const QString insertNew = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.seq, %3);")
                                  .arg(fts, cols, newValues.join(QStringLiteral(", ")));
    const QString deleteOld =
        QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.seq, %3);")
            .arg(fts, cols, oldValues.join(QStringLiteral(", ")));
    return {
        ftsTable(table, columns),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %1 BEGIN %2 END")
            .arg(table, insertNew),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %1 BEGIN %2 END")
            .arg(table, deleteOld),
        // Only when an indexed column changes: a status change leaves the index alone.
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %4 ON %1 BEGIN %2 %3 END")
            .arg(table, deleteOld, insertNew, cols),
    };
}

QStringList sortKeyTriggers()
{
    const QString setKeys = QStringLiteral(
        "UPDATE action_items SET campaign_sort = (SELECT name FROM campaigns WHERE id = "
        "new.campaign_id), organization_sort = (SELECT name FROM organizations WHERE id = "
        "new.organization_id) WHERE seq = new.seq;");
    return {
        QStringLiteral(
            "CREATE TRIGGER action_items_sort_ai AFTER INSERT ON action_items WHEN "
            "new.campaign_id IS NOT NULL OR new.organization_id IS NOT NULL BEGIN %1 END")
            .arg(setKeys),
        // Also runs for ON DELETE SET NULL, which SQLite carries out as an update.
        QStringLiteral("CREATE TRIGGER action_items_sort_au AFTER UPDATE OF campaign_id, "
                       "organization_id ON action_items BEGIN %1 END")
            .arg(setKeys),
        QStringLiteral("CREATE TRIGGER campaigns_sort_au AFTER UPDATE OF name ON campaigns BEGIN "
                       "UPDATE action_items SET campaign_sort = new.name WHERE campaign_id = "
                       "new.id; END"),
        QStringLiteral("CREATE TRIGGER organizations_sort_au AFTER UPDATE OF name ON organizations "
                       "BEGIN UPDATE action_items SET organization_sort = new.name WHERE "
                       "organization_id = new.id; END"),
        QStringLiteral(
            "CREATE INDEX actions_by_campaign_key ON action_items(campaign_sort IS NULL, "
            "coalesce(campaign_sort, '') COLLATE NOCASE, title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX actions_by_organization_key ON action_items(organization_sort "
                       "IS NULL, coalesce(organization_sort, '') COLLATE NOCASE, title COLLATE "
                       "NOCASE)"),
    };
}

QStringList version1()
{
    const QString record = QString::fromLatin1(recordColumns);
    const QString date = QString::fromLatin1(dateCheck);
    QStringList sql = {
        QStringLiteral(R"(CREATE TABLE organizations (%1
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            acronym TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''))")
            .arg(record),
        QStringLiteral(R"(CREATE TABLE contacts (%1
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            role TEXT NOT NULL DEFAULT '',
            organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))")
            .arg(record),
        QStringLiteral(R"(CREATE TABLE campaigns (%1
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('planning','active','paused','won','lost','closed')),
            issue_area TEXT NOT NULL DEFAULT '',
            goal TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            start_date TEXT CHECK (start_date IS NULL OR start_date %2),
            end_date TEXT CHECK (end_date IS NULL OR end_date %2),
            description TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '',
            CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)))")
            .arg(record, date),
        QStringLiteral(R"(CREATE TABLE campaign_partners (%1
            campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT 'partner'
                CHECK (role IN ('lead','partner','signatory','supporter')),
            commitment TEXT NOT NULL DEFAULT '',
            UNIQUE (campaign_id, organization_id)))")
            .arg(record),
        QStringLiteral(R"(CREATE TABLE action_items (%1
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind TEXT NOT NULL DEFAULT '',
            campaign_id TEXT REFERENCES campaigns(id) ON DELETE CASCADE,
            organization_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_date TEXT CHECK (due_date IS NULL OR due_date %2),
            event_start TEXT,
            event_end TEXT,
            location TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'todo'
                CHECK (status IN ('todo','doing','done','cancelled')),
            priority TEXT NOT NULL DEFAULT 'normal'
                CHECK (priority IN ('low','normal','high','urgent')),
            link TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            completed_at TEXT,
            -- Local sort keys, kept by the triggers below and never synced: the names of
            -- the item's campaign and organization, so that sorting a million items by
            -- them reads an index instead of joining and sorting every row.
            campaign_sort TEXT,
            organization_sort TEXT,
            CHECK (event_start IS NULL OR event_end IS NULL OR event_end >= event_start)))")
            .arg(record, date),

        // The views' queries: names for lists, the agenda (open items by due date),
        // a campaign's and an organization's items, owners, and contact lookups.
        QStringLiteral("CREATE INDEX organizations_by_name ON organizations(name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX contacts_by_name ON contacts(name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX contacts_by_organization ON contacts(organization_id)"),
        QStringLiteral("CREATE INDEX contacts_by_email ON contacts(email COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX campaigns_by_status ON campaigns(status, name)"),
        QStringLiteral(
            "CREATE INDEX partners_by_organization ON campaign_partners(organization_id)"),
        // The Action items page's sort orders (ActionItemTableModel's sort keys, matched
        // expression for expression), so the first page of a million items needs no sort.
        QStringLiteral("CREATE INDEX actions_by_due_key ON action_items(due_date IS NULL, "
                       "coalesce(due_date, ''), title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX actions_by_title_key ON action_items(title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX actions_by_owner_key ON action_items(owner = '', owner "
                       "COLLATE NOCASE, title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX actions_by_status_key ON action_items(%1, coalesce(due_date, "
                       "'9999'))")
            .arg(Schema::statusRank(QString())),
        QStringLiteral("CREATE INDEX actions_by_priority_key ON action_items(%1, "
                       "coalesce(due_date, '9999'))")
            .arg(Schema::priorityRank(QString())),
        // The agenda's order within a bucket (ActionItemRepository::openItemsDue), and
        // counts of open items by date range (actions_by_status_due, which covers them).
        QStringLiteral("CREATE INDEX actions_agenda ON action_items(due_date, %1, title COLLATE "
                       "NOCASE)")
            .arg(Schema::priorityRank(QString())),
        QStringLiteral("CREATE INDEX actions_by_status_due ON action_items(status, due_date)"),
        QStringLiteral(
            "CREATE INDEX actions_by_campaign ON action_items(campaign_id, status, due_date)"),
        QStringLiteral("CREATE INDEX actions_by_organization ON action_items(organization_id)"),
        QStringLiteral("CREATE INDEX actions_by_owner ON action_items(owner COLLATE NOCASE)"),
    };
    sql << sortKeyTriggers();
    sql << ftsStatements(QStringLiteral("organizations"),
                         {QStringLiteral("name"), QStringLiteral("acronym"),
                          QStringLiteral("region"), QStringLiteral("description"),
                          QStringLiteral("tags")});
    sql << ftsStatements(QStringLiteral("contacts"),
                         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email"),
                          QStringLiteral("notes"), QStringLiteral("tags")});
    sql << ftsStatements(QStringLiteral("campaigns"),
                         {QStringLiteral("name"), QStringLiteral("issue_area"),
                          QStringLiteral("goal"), QStringLiteral("target"),
                          QStringLiteral("description"), QStringLiteral("tags")});
    sql << ftsStatements(QStringLiteral("action_items"),
                         {QStringLiteral("title"), QStringLiteral("owner"),
                          QStringLiteral("location"), QStringLiteral("notes"),
                          QStringLiteral("tags")});
    return sql;
}

void runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        Statement(db, sql).exec();
}

// Version 2: sync. The columns each entity had at version 1, frozen here: version 2
// stamps every existing field once, with the record's updated_at and this device.
const QVector<QPair<const char *, QStringList>> &version1Fields()
{
    static const QVector<QPair<const char *, QStringList>> fields = {
        {"organizations",
         {QStringLiteral("name"), QStringLiteral("acronym"), QStringLiteral("kind"),
          QStringLiteral("region"), QStringLiteral("website"), QStringLiteral("email"),
          QStringLiteral("phone"), QStringLiteral("description"), QStringLiteral("tags")}},
        {"contacts",
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("organization_id"),
          QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("notes"),
          QStringLiteral("tags")}},
        {"campaigns",
         {QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("issue_area"),
          QStringLiteral("goal"), QStringLiteral("target"), QStringLiteral("start_date"),
          QStringLiteral("end_date"), QStringLiteral("description"), QStringLiteral("links"),
          QStringLiteral("tags")}},
        {"campaign_partners",
         {QStringLiteral("campaign_id"), QStringLiteral("organization_id"), QStringLiteral("role"),
          QStringLiteral("commitment"), QStringLiteral("tags")}},
        {"action_items",
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
    runAll(db, tables);
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement(db, QStringLiteral("INSERT INTO sync_device (id, device_id) VALUES (1, :device)"))
        .bind(QStringLiteral(":device"), device)
        .exec();
    Schema::stampExistingRows(db, device);
}

} // namespace

namespace Schema {

void stampExistingRows(const QSqlDatabase &db, const QString &device)
{
    for (const auto &[table, unsortedFields] : version1Fields()) {
        // One statement per table, its rows in the stamps' key order (record, field):
        // SQLite then appends to the stamps' B-tree instead of inserting each field's
        // rows all over it, which at a million records is most of the difference
        // between minutes and seconds.
        QStringList fields = unsortedFields;
        fields.sort();
        QStringList names, values;
        for (const QString &field : fields) {
            names << QStringLiteral("('%1')").arg(field);
            values << QStringLiteral("WHEN '%1' THEN r.%1").arg(field);
        }
        // Milliseconds since 1970 from the ISO updated_at.
        Statement(db, QStringLiteral("INSERT INTO field_stamps SELECT '%1', r.id, f.field, "
                                     "CAST(round((julianday(r.updated_at) - 2440587.5) * "
                                     "86400000) AS INTEGER), 0, :device, r.updated_by, "
                                     "CASE f.field %2 END FROM %1 r CROSS JOIN (SELECT column1 "
                                     "AS field FROM (VALUES %3)) f ORDER BY r.id, f.field")
                          .arg(QLatin1String(table), values.join(QLatin1Char(' ')),
                               names.join(QStringLiteral(", "))))
            .bind(QStringLiteral(":device"), device)
            .exec();
    }
}

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
    Statement(db,
              ftsTable(QStringLiteral("action_items"), columns, QStringLiteral(", prefix='1 2 3'")))
        .exec();
    Statement(db,
              QStringLiteral("INSERT INTO action_items_fts(action_items_fts) VALUES ('rebuild')"))
        .exec();
}

std::vector<MigrationStep> steps()
{
    return {
        {1, QStringLiteral("organizations, contacts, campaigns, partners, action items, search"),
         [](const QSqlDatabase &db) {
             runAll(db, version1());
         }},
        {2, QStringLiteral("sync: device id, field stamps, conflicts, log"), version2},
        // The team whose feed this database syncs with, so a laptop pointed at another
        // coalition's feed is refused instead of mixing both teams' records.
        {3, QStringLiteral("sync: team id"),
         [](const QSqlDatabase &db) {
             Statement(db, QStringLiteral("ALTER TABLE sync_device ADD COLUMN team_id TEXT NOT "
                                          "NULL DEFAULT ''"))
                 .exec();
         }},
        {4, QStringLiteral("search: prefix indexes for action items"), version4},
    };
}

const Migrator &migrator()
{
    static const Migrator instance(steps(), applicationId);
    return instance;
}

int currentVersion()
{
    return migrator().targetVersion();
}

namespace {

// The orders lists sort in; a word's rank is its position, unknown words come last.
const QStringList &statusOrder()
{
    static const QStringList order = {QStringLiteral("doing"), QStringLiteral("todo"),
                                      QStringLiteral("done"), QStringLiteral("cancelled")};
    return order;
}

const QStringList &priorityOrder()
{
    static const QStringList order = {QStringLiteral("urgent"), QStringLiteral("high"),
                                      QStringLiteral("normal"), QStringLiteral("low")};
    return order;
}

// "CASE a.status WHEN 'doing' THEN 0 … ELSE 3 END": the words are our own constants.
QString rankExpression(const QString &alias, const QString &column, const QStringList &order)
{
    QString expression =
        QStringLiteral("CASE ") + (alias.isEmpty() ? column : alias + QLatin1Char('.') + column);
    for (int rank = 0; rank < order.size() - 1; ++rank)
        expression += QStringLiteral(" WHEN '%1' THEN %2").arg(order.at(rank)).arg(rank);
    return expression + QStringLiteral(" ELSE %1 END").arg(order.size() - 1);
}

} // namespace

QString statusRank(const QString &alias)
{
    return rankExpression(alias, QStringLiteral("status"), statusOrder());
}

QStringList syncedFields(const QString &table)
{
    if (table == QLatin1String("sync_conflicts"))
        return {QStringLiteral("entity"),      QStringLiteral("record_id"),
                QStringLiteral("field"),       QStringLiteral("kept_value"),
                QStringLiteral("kept_stamp"),  QStringLiteral("kept_author"),
                QStringLiteral("lost_value"),  QStringLiteral("lost_stamp"),
                QStringLiteral("lost_author"), QStringLiteral("detected_at"),
                QStringLiteral("resolved")};
    for (const auto &[name, fields] : version1Fields()) {
        if (table == QLatin1String(name))
            return fields;
    }
    return {};
}

bool isNullableField(const QString &field)
{
    static const QStringList nullable = {
        QStringLiteral("organization_id"), QStringLiteral("campaign_id"),
        QStringLiteral("start_date"),      QStringLiteral("end_date"),
        QStringLiteral("due_date"),        QStringLiteral("event_start"),
        QStringLiteral("event_end"),       QStringLiteral("completed_at"),
        QStringLiteral("kept_value"),      QStringLiteral("lost_value")};
    return nullable.contains(field);
}

QStringList syncedTables()
{
    return {QStringLiteral("organizations"), QStringLiteral("campaigns"),
            QStringLiteral("contacts"),      QStringLiteral("campaign_partners"),
            QStringLiteral("action_items"),  QStringLiteral("sync_conflicts")};
}

int statusRankOf(const QString &status)
{
    const int rank = int(statusOrder().indexOf(status));
    return rank < 0 ? int(statusOrder().size()) - 1 : rank;
}

QString priorityRank(const QString &alias)
{
    return rankExpression(alias, QStringLiteral("priority"), priorityOrder());
}

} // namespace Schema
