#include "model/domain/CoalitionError.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

QStringList names(Database &database, const char *type)
{
    Statement query(
        database.connection(),
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = :type ORDER BY name"));
    query.bind(QStringLiteral(":type"), QString::fromLatin1(type)).exec();
    QStringList result;
    while (query.next())
        result << query.text(0);
    return result;
}

// Writes a raw SQLite file with Qt's driver, outside Coalition's Database.
void writeRawSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements)
            REQUIRE(QSqlQuery(db).exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST_CASE("A new database is created at the current schema with every entity table", "[schema]")
{
    TestDatabase t;
    CHECK(t.database->schemaVersion() == Schema::currentVersion());
    const QStringList tables = names(*t.database, "table");
    for (const char *table :
         {"organizations", "contacts", "campaigns", "campaign_partners", "action_items",
          "organizations_fts", "contacts_fts", "campaigns_fts", "action_items_fts"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    CHECK(Statement(t.database->connection(), QStringLiteral("PRAGMA application_id"))
              .scalar()
              .toInt() == Schema::applicationId);
}

TEST_CASE("Every connection has foreign keys on and a local file uses WAL", "[schema]")
{
    TestDatabase t;
    CHECK(Statement(t.database->connection(), QStringLiteral("PRAGMA foreign_keys"))
              .scalar()
              .toInt() == 1);
    CHECK(Statement(t.database->connection(), QStringLiteral("PRAGMA journal_mode"))
              .scalar()
              .toString() == QLatin1String("wal"));
    t.reopen();
    CHECK(Statement(t.database->connection(), QStringLiteral("PRAGMA foreign_keys"))
              .scalar()
              .toInt() == 1);
}

TEST_CASE("The views' queries have indexes", "[schema]")
{
    TestDatabase t;
    const QStringList indexes = names(*t.database, "index");
    for (const char *index :
         {"actions_by_due_key", "actions_by_status_due", "actions_by_campaign_report",
          "actions_by_owner", "contacts_by_organization", "organizations_by_name"})
        CHECK(indexes.contains(QString::fromLatin1(index)));

    Statement plan(t.database->connection(),
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM action_items WHERE status = "
                                  "'todo' ORDER BY due_date"));
    plan.exec();
    QString details;
    while (plan.next())
        details += plan.text(3) + QLatin1Char('\n');
    CHECK(details.contains(QLatin1String("USING INDEX")));
}

TEST_CASE("A database written by a newer Coalition is refused and left byte-for-byte untouched",
          "[schema]")
{
    TestDatabase t;
    Statement(t.database->connection(), QStringLiteral("PRAGMA user_version = 99")).exec();
    t.close();
    const QByteArray before = databaseBytes(t.path());

    try {
        Database::open(t.path(), t.clock);
        FAIL("a newer database was opened");
    } catch (const CoalitionError &error) {
        CHECK(error.message().contains(QLatin1String("newer Coalition")));
        CHECK(error.message().contains(QLatin1String("schema 99")));
    }
    CHECK(databaseBytes(t.path()) == before);
}

TEST_CASE("A SQLite file that is not Coalition's is refused", "[schema]")
{
    TestDatabase t;
    const QString other = t.file(QStringLiteral("other.sqlite"));
    writeRawSqlite(other, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                           QStringLiteral("INSERT INTO songs VALUES ('We Shall Overcome')")});
    const QByteArray before = fileBytes(other);
    CHECK_THROWS_WITH(Database::open(other, t.clock),
                      Catch::Contains("is not a Coalition database"));
    CHECK(fileBytes(other) == before);
}

TEST_CASE("A file that is not SQLite at all is refused with a clear message", "[schema]")
{
    TestDatabase t;
    const QString notes = t.file(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CHECK_THROWS_WITH(Database::open(notes, t.clock), Catch::Contains("not a Coalition database"));
    CHECK(fileBytes(notes) == QByteArray(4096, 'x'));
}

TEST_CASE("Opening a missing file that must exist fails and creates nothing", "[schema]")
{
    TestDatabase t;
    const QString missing = t.file(QStringLiteral("missing.sqlite"));
    CHECK_THROWS_WITH(Database::open(missing, t.clock, Database::OpenMode::MustExist),
                      Catch::Contains("No database at"));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("A large database opened without planner statistics gets them, so pages walk the "
          "sort order's index",
          "[schema]")
{
    TestDatabase t;
    const int actions = 6000;
    generateActionItems(*t.database, actions);
    Statement(t.database->connection(), QStringLiteral("DELETE FROM sqlite_stat1")).exec();
    t.close(); // no PRAGMA optimize work left: nothing was queried
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(t.path());
        REQUIRE(db.open());
        QSqlQuery count(db);
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM sqlite_stat1")));
        REQUIRE(count.next());
        REQUIRE(count.value(0).toInt() == 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    t.reopen();
    CHECK(Statement(t.database->connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'action_items'"))
              .scalar()
              .toInt() > 0);
    // Open items by due date: the planner walks the due index rather than reading the open
    // items through the status index and sorting them.
    Statement plan(t.database->connection(),
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id FROM action_items a WHERE "
                                  "a.status IN ('todo', 'doing') ORDER BY a.due_date IS NULL, "
                                  "coalesce(a.due_date, ''), a.title COLLATE NOCASE LIMIT 50"));
    plan.exec();
    QStringList steps;
    while (plan.next())
        steps << plan.text(3);
    CHECK(steps.join(QLatin1Char('\n')).contains(QLatin1String("actions_by_due_key")));
    CHECK_FALSE(steps.join(QLatin1Char('\n')).contains(QLatin1String("TEMP B-TREE")));
}
