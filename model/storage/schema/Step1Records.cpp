#include "model/storage/schema/SchemaSteps.h"

#include "model/storage/schema/Schema.h"
#include "model/storage/schema/SchemaSql.h"

// Version 1: organizations, contacts, campaigns, partners, action items, their indexes
// and search. Frozen: it has shipped.
namespace {

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

// The five record tables, as version 1 made them.
QStringList tables()
{
    const QString record = SchemaSql::recordColumns();
    const QString date = SchemaSql::dateCheck();
    return {
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

    };
}

// The views' queries: names for lists, the agenda (open items by due date),
// a campaign's and an organization's items, owners, and contact lookups.
QStringList indexes()
{
    return {
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
}

QStringList version1()
{
    QStringList sql = tables();
    sql << indexes();
    sql << sortKeyTriggers();
    sql << SchemaSql::ftsStatements(QStringLiteral("organizations"),
                                    {QStringLiteral("name"), QStringLiteral("acronym"),
                                     QStringLiteral("region"), QStringLiteral("description"),
                                     QStringLiteral("tags")});
    sql << SchemaSql::ftsStatements(QStringLiteral("contacts"),
                                    {QStringLiteral("name"), QStringLiteral("role"),
                                     QStringLiteral("email"), QStringLiteral("notes"),
                                     QStringLiteral("tags")});
    sql << SchemaSql::ftsStatements(QStringLiteral("campaigns"),
                                    {QStringLiteral("name"), QStringLiteral("issue_area"),
                                     QStringLiteral("goal"), QStringLiteral("target"),
                                     QStringLiteral("description"), QStringLiteral("tags")});
    sql << SchemaSql::ftsStatements(QStringLiteral("action_items"),
                                    {QStringLiteral("title"), QStringLiteral("owner"),
                                     QStringLiteral("location"), QStringLiteral("notes"),
                                     QStringLiteral("tags")});
    return sql;
}

} // namespace

MigrationStep SchemaSteps::records()
{
    return {1, QStringLiteral("organizations, contacts, campaigns, partners, action items, search"),
            [](const QSqlDatabase &db) {
                SchemaSql::runAll(db, version1());
            }};
}
