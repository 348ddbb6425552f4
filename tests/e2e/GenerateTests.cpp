// coalition generate: the large databases the benchmarks run on.
#include "app/cli/CommandLine.h"
#include "app/cli/UsageError.h"
#include "model/feed/SyncStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/storage/Statement.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

ProcessRun generate(const QStringList &arguments)
{
    return runCoalition(QStringList{QStringLiteral("generate")} + arguments);
}

qint64 count(Database &database, const QString &sql)
{
    return Statement(database.connection(), sql).scalar().toLongLong();
}

} // namespace

TEST_CASE("generate makes the same realistic database from the same seed", "[cli][generate]")
{
    TestDatabase t;
    const QStringList sizes = {QStringLiteral("--actions"),   QStringLiteral("2000"),
                               QStringLiteral("--orgs"),      QStringLiteral("300"),
                               QStringLiteral("--contacts"),  QStringLiteral("900"),
                               QStringLiteral("--campaigns"), QStringLiteral("40")};
    const QString first = t.file(QStringLiteral("first.sqlite"));
    const QString second = t.file(QStringLiteral("second.sqlite"));
    const QString other = t.file(QStringLiteral("other.sqlite"));
    const ProcessRun made = generate(QStringList{QStringLiteral("--db"), first} + sizes);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QLatin1String("2000 action items")));
    REQUIRE(generate(QStringList{QStringLiteral("--db"), second} + sizes).exitCode == 0);
    REQUIRE(generate(QStringList{QStringLiteral("--db"), other, QStringLiteral("--seed"),
                                 QStringLiteral("2")} +
                     sizes)
                .exitCode == 0);
    CHECK(dump(first, t.clock) == dump(second, t.clock));
    CHECK(dump(first, t.clock) != dump(other, t.clock));

    auto database = Database::open(first, t.clock);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM action_items")) == 2000);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM organizations")) == 300);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM contacts")) == 900);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM campaigns")) == 40);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM campaign_partners")) >= 80);
    // Like real data: mostly open items, some without a date, Unicode names, long notes,
    // tags, and the derived sort keys filled in.
    const qint64 open = count(*database, QStringLiteral("SELECT count(*) FROM action_items WHERE "
                                                        "status IN ('todo', 'doing')"));
    CHECK(open > 1200);
    CHECK(open < 1800);
    CHECK(count(*database,
                QStringLiteral("SELECT count(*) FROM action_items WHERE due_date IS NULL")) > 100);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM contacts WHERE name GLOB "
                                          "'*[^ -~]*'")) > 100);
    CHECK(count(*database, QStringLiteral("SELECT max(length(notes)) FROM action_items")) > 1000);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM action_items WHERE tags != ''")) >
          300);
    CHECK(count(*database, QStringLiteral("SELECT count(*) FROM action_items WHERE campaign_id IS "
                                          "NOT NULL AND campaign_sort IS NULL")) == 0);
    CHECK(count(*database, QStringLiteral("PRAGMA foreign_key_check")) == 0);
    // Every field carries a stamp, as real edits leave them, so the data syncs.
    CHECK(SyncStore(*database).localState().size() ==
          count(*database, QStringLiteral("SELECT (SELECT count(*) FROM action_items) + (SELECT "
                                          "count(*) FROM organizations) + (SELECT count(*) FROM "
                                          "contacts) + (SELECT count(*) FROM campaigns) + (SELECT "
                                          "count(*) FROM campaign_partners)")));
    // Search finds generated records.
    CHECK(ActionItemRepository(*database).count() == 2000);
}

TEST_CASE("generate refuses a database with records and malformed sizes", "[cli][generate]")
{
    TestDatabase t;
    const QString path = t.file(QStringLiteral("full.sqlite"));
    const QStringList small = {QStringLiteral("--actions"),   QStringLiteral("10"),
                               QStringLiteral("--orgs"),      QStringLiteral("5"),
                               QStringLiteral("--contacts"),  QStringLiteral("5"),
                               QStringLiteral("--campaigns"), QStringLiteral("2")};
    REQUIRE(generate(QStringList{QStringLiteral("--db"), path} + small).exitCode == 0);
    const QByteArray before = databaseBytes(path);
    const ProcessRun again = generate(QStringList{QStringLiteral("--db"), path} + small);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("new, empty database")));
    CHECK(databaseBytes(path) == before);

    auto parse = [](const QStringList &words) {
        return CommandLine::parse(QStringList{QStringLiteral("coalition")} + words);
    };
    CHECK_THROWS_AS(
        parse({QStringLiteral("generate"), QStringLiteral("--db"), QStringLiteral("x.sqlite")}),
        UsageError);
    CHECK_THROWS_AS(
        parse({QStringLiteral("generate"), QStringLiteral("--actions"), QStringLiteral("10")}),
        UsageError);
    CHECK_THROWS_AS(
        parse({QStringLiteral("generate"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
               QStringLiteral("--actions"), QStringLiteral("many")}),
        UsageError);
    CHECK_THROWS_AS(
        parse({QStringLiteral("agenda"), QStringLiteral("--seed"), QStringLiteral("3")}),
        UsageError);
    CHECK(parse({QStringLiteral("generate"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
                 QStringLiteral("--actions"), QStringLiteral("10"), QStringLiteral("--seed"),
                 QStringLiteral("9")})
              .generateSizes.seed == 9);
}
