#include "model/domain/CoalitionError.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Migrator.h"
#include "model/storage/schema/Schema.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <algorithm>

namespace {

MigrationStep createTable(int version, const QString &table, QStringList *log)
{
    return {
        version, QStringLiteral("create %1").arg(table), [=](const QSqlDatabase &db) {
            log->append(
                QStringLiteral("%1 at %2")
                    .arg(table)
                    .arg(Statement(db, QStringLiteral("PRAGMA user_version")).scalar().toInt()));
            Statement(db, QStringLiteral("CREATE TABLE %1 (x TEXT)").arg(table)).exec();
            Statement(db, QStringLiteral("INSERT INTO %1 VALUES ('v%2')").arg(table).arg(version))
                .exec();
        }};
}

int userVersion(Database &database)
{
    return Statement(database.connection(), QStringLiteral("PRAGMA user_version")).scalar().toInt();
}

bool hasTable(Database &database, const QString &table)
{
    return Statement(database.connection(),
                     QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = :name"))
        .bind(QStringLiteral(":name"), table)
        .scalar()
        .isValid();
}

} // namespace

TEST_CASE("Migrations run from an empty file in order - each step at its own version",
          "[migration]")
{
    TestDatabase t;
    QStringList log;
    // Given out of order on purpose: the migrator sorts by version.
    const Migrator migrator({createTable(3, QStringLiteral("c"), &log),
                             createTable(1, QStringLiteral("a"), &log),
                             createTable(2, QStringLiteral("b"), &log)},
                            Schema::applicationId);
    auto database = Database::open(t.file(QStringLiteral("steps.sqlite")), t.clock,
                                   Database::OpenMode::CreateIfMissing, migrator);
    CHECK(log == QStringList{QStringLiteral("a at 0"), QStringLiteral("b at 1"),
                             QStringLiteral("c at 2")});
    CHECK(userVersion(*database) == 3);
    CHECK_FALSE(QFile::exists(Migrator::backupPathFor(t.file(QStringLiteral("steps.sqlite")), 0)));
}

TEST_CASE("A failing step is rolled back with its version bump - earlier steps stay", "[migration]")
{
    TestDatabase t;
    QStringList log;
    const MigrationStep failing{
        2, QStringLiteral("broken"), [](const QSqlDatabase &db) {
            Statement(db, QStringLiteral("CREATE TABLE half (x)")).exec();
            Statement(db, QStringLiteral("INSERT INTO nowhere VALUES (1)")).exec();
        }};
    const QString path = t.file(QStringLiteral("failing.sqlite"));
    const Migrator migrator({createTable(1, QStringLiteral("a"), &log), failing},
                            Schema::applicationId);
    CHECK_THROWS_WITH(Database::open(path, t.clock, Database::OpenMode::CreateIfMissing, migrator),
                      Catch::Contains("left at schema 1"));

    const Migrator first({createTable(1, QStringLiteral("a"), &log)}, Schema::applicationId);
    auto database = Database::open(path, t.clock, Database::OpenMode::MustExist, first);
    CHECK(userVersion(*database) == 1);
    CHECK(hasTable(*database, QStringLiteral("a")));
    CHECK_FALSE(hasTable(*database, QStringLiteral("half")));
}

TEST_CASE("An existing database is backed up before it is migrated", "[migration]")
{
    TestDatabase t;
    QStringList log;
    const QString path = t.file(QStringLiteral("old.sqlite"));
    const Migrator v1({createTable(1, QStringLiteral("a"), &log)}, Schema::applicationId);
    Database::open(path, t.clock, Database::OpenMode::CreateIfMissing, v1).reset();

    const Migrator v2(
        {createTable(1, QStringLiteral("a"), &log), createTable(2, QStringLiteral("b"), &log)},
        Schema::applicationId);
    auto upgraded = Database::open(path, t.clock, Database::OpenMode::MustExist, v2);
    CHECK(userVersion(*upgraded) == 2);

    const QString backup = Migrator::backupPathFor(path, 1);
    REQUIRE(QFile::exists(backup));
    // The backup is a complete database at the old version, with the old data.
    auto old = Database::open(backup, t.clock, Database::OpenMode::MustExist, v1);
    CHECK(userVersion(*old) == 1);
    CHECK(Statement(old->connection(), QStringLiteral("SELECT x FROM a")).scalar().toString() ==
          QLatin1String("v1"));
    CHECK_FALSE(hasTable(*old, QStringLiteral("b")));
}

TEST_CASE("A later migration never overwrites an earlier backup", "[migration]")
{
    TestDatabase t;
    QStringList log;
    const QString path = t.file(QStringLiteral("twice.sqlite"));
    const Migrator v1({createTable(1, QStringLiteral("a"), &log)}, Schema::applicationId);
    Database::open(path, t.clock, Database::OpenMode::CreateIfMissing, v1).reset();
    QFile marker(Migrator::backupPathFor(path, 1));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.write("an older backup");
    marker.close();

    const Migrator v2(
        {createTable(1, QStringLiteral("a"), &log), createTable(2, QStringLiteral("b"), &log)},
        Schema::applicationId);
    Database::open(path, t.clock, Database::OpenMode::MustExist, v2).reset();
    QFile kept(Migrator::backupPathFor(path, 1));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("an older backup"));
    CHECK(QFile::exists(Migrator::backupPathFor(path, 1) + QStringLiteral(".2")));
}

TEST_CASE("Reopening an up-to-date database runs no step and makes no backup", "[migration]")
{
    TestDatabase t;
    t.reopen();
    t.reopen();
    CHECK(t.database->schemaVersion() == Schema::currentVersion());
    CHECK_FALSE(QFile::exists(Migrator::backupPathFor(t.path(), Schema::currentVersion())));
}

TEST_CASE("Schema 4 rebuilds the action items' search index with prefixes, keeping every item",
          "[migration]")
{
    TestDatabase t;
    const QString path = t.file(QStringLiteral("v3.sqlite"));
    const Migrator v3 = migratorUpTo(3);
    {
        auto old = Database::open(path, t.clock, Database::OpenMode::CreateIfMissing, v3,
                                  catalogueUpTo(3));
        REQUIRE(userVersion(*old) == 3);
        seedBasics(*old);
    }
    auto database = Database::open(path, t.clock, Database::OpenMode::MustExist);
    CHECK(userVersion(*database) == Schema::currentVersion());
    const QString sql = Statement(database->connection(),
                                  QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = "
                                                 "'action_items_fts'"))
                            .scalar()
                            .toString();
    CHECK(sql.contains(QLatin1String("prefix='1 2 3'")));
    // The item written at schema 3 is found by a prefix, and the triggers still index
    // items written after the migration.
    auto matches = [&](const char *match) {
        return Statement(database->connection(),
                         QStringLiteral("SELECT count(*) FROM action_items_fts WHERE "
                                        "action_items_fts MATCH :match"))
            .bind(QStringLiteral(":match"), QString::fromLatin1(match))
            .scalar()
            .toInt();
    };
    const int before = matches("\"c\"*");
    CHECK(before >= 1);
    CHECK(Statement(database->connection(), QStringLiteral("SELECT count(*) FROM action_items"))
              .scalar()
              .toInt() == 1);
    Statement(database->connection(),
              QStringLiteral("INSERT INTO action_items (id, created_at, updated_at, title) VALUES "
                             "('00000000-0000-4000-8000-0000000000c1', '2021-12-15T15:00:00Z', "
                             "'2021-12-15T15:00:00Z', 'Zebra crossing vigil')"))
        .exec();
    CHECK(matches("\"ze\"*") == 1);
    CHECK_NOTHROW(Statement(database->connection(),
                            QStringLiteral("INSERT INTO action_items_fts(action_items_fts) VALUES "
                                           "('integrity-check')"))
                      .exec());
}

TEST_CASE("Schema 5 lets the tables store what a merge can produce - every row kept, other "
          "checks still on",
          "[migration]")
{
    TestDatabase t;
    const QString path = t.file(QStringLiteral("v4.sqlite"));
    SeedIds ids;
    {
        auto old = Database::open(path, t.clock, Database::OpenMode::CreateIfMissing,
                                  migratorUpTo(4), catalogueUpTo(4));
        ids = seedBasics(*old);
        // At schema 4 the table refuses a status it does not know.
        CHECK_THROWS(
            Statement(old->connection(), QStringLiteral("UPDATE campaigns SET status = 'renewed'"))
                .exec());
    }
    auto database = Database::open(path, t.clock, Database::OpenMode::MustExist);
    REQUIRE(userVersion(*database) == Schema::currentVersion());
    auto exec = [&](const QString &sql) {
        Statement(database->connection(), sql).exec();
    };
    auto count = [&](const char *table) {
        return Statement(database->connection(),
                         QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .scalar()
            .toInt();
    };
    CHECK(count("organizations") == 1);
    CHECK(count("campaigns") == 1);
    CHECK(count("action_items") == 1);
    // A newer Coalition's words, and dates two merged edits put out of order.
    CHECK_NOTHROW(exec(QStringLiteral("UPDATE campaigns SET status = 'renewed', start_date = "
                                      "'2021-09-01', end_date = '2021-08-15'")));
    CHECK_NOTHROW(exec(QStringLiteral("UPDATE action_items SET status = 'blocked', priority = "
                                      "'critical', event_start = '2021-12-30T18:00:00Z', "
                                      "event_end = '2021-12-30T17:00:00Z'")));
    CHECK_NOTHROW(exec(QStringLiteral("INSERT INTO campaign_partners (id, created_at, updated_at, "
                                      "campaign_id, organization_id, role) VALUES "
                                      "('00000000-0000-4000-8000-0000000000a1', '', '', "
                                      "'%1', '%2', 'target')")
                           .arg(ids.campaign, ids.organization)));
    // What no Coalition writes is still refused, and a partnership stays unique.
    CHECK_THROWS(exec(QStringLiteral("UPDATE campaigns SET name = ' '")));
    CHECK_THROWS(exec(QStringLiteral("UPDATE action_items SET due_date = 'someday'")));
    CHECK_THROWS(exec(QStringLiteral("INSERT INTO campaign_partners (id, created_at, updated_at, "
                                     "campaign_id, organization_id) VALUES "
                                     "('00000000-0000-4000-8000-0000000000a2', '', '', '%1', "
                                     "'%2')")
                          .arg(ids.campaign, ids.organization)));
    CHECK(Statement(database->connection(), QStringLiteral("PRAGMA integrity_check"))
              .scalar()
              .toString() == QLatin1String("ok"));
}
