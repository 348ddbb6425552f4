// Sync through one feed file with real coalition processes.
#include "ActionItemRepository.h"
#include "CampaignRepository.h"
#include "FileFeedSync.h"
#include "FileSnapshot.h"
#include "SampleDataLoader.h"
#include "Schema.h"
#include "StampStore.h"
#include "Statement.h"
#include "SyncStore.h"
#include "SystemClock.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run sync(const QString &db, const QString &feed, const QStringList &more = {})
{
    QProcess process;
    process.start(QStringLiteral(COALITION_BINARY),
                  QStringList{QStringLiteral("sync"), QStringLiteral("--feed"), feed,
                              QStringLiteral("--db"), db} +
                      more);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Every shared field of every visible record, and the conflicts list.
QStringList dump(const QString &path, const Clock &clock)
{
    auto database = Database::open(path, clock, Database::OpenMode::MustExist);
    QStringList lines;
    for (const QString &table : Schema::syncedTables()) {
        QStringList columns = Schema::syncedFields(table);
        columns.prepend(QStringLiteral("id"));
        Statement query(database->connection(),
                        QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                            .arg(columns.join(QStringLiteral(", ")), table));
        query.exec();
        while (query.next()) {
            QStringList cells{table};
            for (int i = 0; i < columns.size(); ++i)
                cells << query.text(i);
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

void edit(const QString &path, const Clock &clock, const QString &author,
          const std::function<void(Database &)> &change)
{
    auto database = Database::open(path, clock, Database::OpenMode::MustExist);
    database->setAuthor(author);
    change(*database);
}

// Two laptops that each loaded the sample on their own: same ids, their own stamps.
std::pair<QString, QString> twoLaptops(const TestDatabase &t)
{
    const QString a = t.file(QStringLiteral("a.sqlite"));
    const QString b = t.file(QStringLiteral("b.sqlite"));
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, t.clock);
        SampleDataLoader::load(*database);
    }
    return {a, b};
}

const QString vigil = SampleDataLoader::stableId(
    EntityKind::ActionItem,
    QStringLiteral(
        "Justice for Christian Hall/Attend a vigil on the anniversary of Christian Hall's death"));

} // namespace

TEST_CASE("Two demo databases edited differently end identical through one feed - the conflict "
          "listed in both",
          "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("team-feed.txt"));
    edit(a, t.clock, QStringLiteral("Ana"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigil);
        item.location = QStringLiteral("Philadelphia City Hall");
        ActionItemRepository(db).update(item);
        Campaign campaign;
        campaign.name = QStringLiteral("Free Them All");
        CampaignRepository(db).create(campaign);
    });
    t.clock.advanceSeconds(60);
    edit(b, t.clock, QStringLiteral("Bo"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigil);
        item.location = QStringLiteral("Online vigil");
        item.owner = QStringLiteral("Bo");
        ActionItemRepository(db).update(item);
        ActionItemRepository(db).remove(SampleDataLoader::stableId(
            EntityKind::ActionItem,
            QStringLiteral(
                "Support the AAPI Community Fund/Donate to the Support the AAPI Community Fund")));
    });

    REQUIRE(sync(a, feed).exitCode == 0);
    const Run second = sync(b, feed);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QLatin1String("1 added"))); // Ana's campaign
    INFO(second.out.toStdString());
    // Location (both edited) and owner (Bo's edit against the sample's value, which this
    // laptop had never synced) differ at its first sync: both are listed.
    CHECK(second.out.contains(QLatin1String("2 conflict")));
    REQUIRE(sync(a, feed).exitCode == 0);
    REQUIRE(sync(b, feed).exitCode == 0);

    const QStringList dumpA = dump(a, t.clock);
    CHECK(dumpA == dump(b, t.clock));
    auto inA = Database::open(a, t.clock);
    const auto item = ActionItemRepository(*inA).get(vigil);
    CHECK(item->location == QLatin1String("Online vigil")); // the later edit won
    CHECK(item->owner == QLatin1String("Bo"));
    CHECK(CampaignRepository(*inA).findByIdOrName(QStringLiteral("Free Them All")));
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, t.clock);
        CHECK(
            Statement(database->connection(),
                      QStringLiteral("SELECT lost_value || ' / ' || kept_value FROM sync_conflicts "
                                     "WHERE field = 'location' AND record_id = '%1'")
                          .arg(vigil))
                .scalar()
                .toString() == QLatin1String("Philadelphia City Hall / Online vigil"));
    }

    // A further sync changes nothing: not the feed, not the data.
    const QByteArray before = fileBytes(feed);
    REQUIRE(sync(a, feed).exitCode == 0);
    CHECK(fileBytes(feed) == before);
    CHECK(dump(a, t.clock) == dumpA);
}

TEST_CASE("A damaged - newer or vanished feed is refused and nothing changes", "[sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    t.close();
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(sync(t.path(), feed).exitCode == 0);
    const QByteArray good = fileBytes(feed);

    auto refuse = [&](const QByteArray &content, const char *message) {
        QFile file(feed);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const QByteArray database = databaseBytes(t.path());
        const Run run = sync(t.path(), feed);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String(message)));
        CHECK(databaseBytes(t.path()) == database);
        CHECK(fileBytes(feed) == content);
    };
    // Truncated at 120 places, a flipped byte, empty, newer, not a feed.
    for (int cut = 1; cut < good.size() - 1; cut += good.size() / 120)
        refuse(good.left(cut), "feed");
    QByteArray flipped = good;
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x20);
    refuse(flipped, "checksum");
    refuse(QByteArray(), "empty");
    QByteArray newer = good;
    newer.replace("COALITION-FEED\t1", "COALITION-FEED\t3");
    refuse(newer, "newer Coalition (format 3)");
    refuse("name,email\n", "not a Coalition feed");

    QFile::remove(feed);
    const Run missing = sync(t.path(), feed);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QLatin1String("is now missing")));
    CHECK_FALSE(QFile::exists(feed));
    CHECK(sync(t.path(), feed, {QStringLiteral("--create-feed")}).exitCode == 0);
    CHECK(QFile::exists(feed));
}

TEST_CASE("A sync that would delete most records asks for --allow-mass-delete", "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(sync(a, feed).exitCode == 0);
    REQUIRE(sync(b, feed).exitCode == 0);
    t.clock.advanceSeconds(60);
    edit(a, t.clock, QStringLiteral("Ana"), [](Database &db) {
        for (const Campaign &campaign : CampaignRepository(db).list())
            CampaignRepository(db).remove(campaign.id);
    });
    REQUIRE(sync(a, feed).exitCode == 0); // a's own deletes are not a surprise to a
    const QByteArray before = databaseBytes(b);
    const Run refused = sync(b, feed);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("--allow-mass-delete")));
    CHECK(databaseBytes(b) == before);
    CHECK(sync(b, feed, {QStringLiteral("--allow-mass-delete")}).exitCode == 0);
    CHECK(CampaignRepository(*Database::open(b, t.clock)).count() == 0);
}

TEST_CASE("Three coalition processes editing and syncing one feed 100 times each lose no edit",
          "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    QVector<QString> databases;
    for (int worker = 0; worker < 3; ++worker) {
        databases << t.file(QStringLiteral("laptop%1.sqlite").arg(worker));
        Database::open(databases.last(), t.clock).reset();
    }
    // Each laptop adds one uniquely named item, then syncs; a sync that finds the feed
    // busy or changed underneath it is simply tried again, as a person would.
    const QString script = QStringLiteral(
        "set -e\n"
        "for i in $(seq 1 100); do\n"
        "  printf 'title\\nlaptop %1 item %s\\n' \"$i\" > \"$DIR/in%1.csv\"\n"
        "  \"$COALITION\" import actions \"$DIR/in%1.csv\" --db \"$DB\" > /dev/null\n"
        "  until \"$COALITION\" sync --feed \"$FEED\" --db \"$DB\" > /dev/null 2>&1; do sleep "
        "0.05; done\n"
        "done\n");
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int worker = 0; worker < 3; ++worker) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COALITION"), QStringLiteral(COALITION_BINARY));
        environment.insert(QStringLiteral("DIR"), t.dir.path());
        environment.insert(QStringLiteral("DB"), databases[worker]);
        environment.insert(QStringLiteral("FEED"), feed);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral("bash"), {QStringLiteral("-c"), script.arg(worker)});
        workers.push_back(std::move(process));
    }
    for (auto &process : workers) {
        REQUIRE(process->waitForFinished(15 * 60 * 1000));
        INFO(process->readAllStandardError().toStdString());
        REQUIRE(process->exitCode() == 0);
    }
    for (const QString &db : databases)
        REQUIRE(sync(db, feed).exitCode == 0);
    for (const QString &db : databases) {
        auto database = Database::open(db, t.clock);
        CHECK(ActionItemRepository(*database).count() == 300);
    }
    CHECK(dump(databases[0], t.clock) == dump(databases[1], t.clock));
    CHECK(dump(databases[1], t.clock) == dump(databases[2], t.clock));
}

TEST_CASE("A feed synced with a team passphrase refuses laptops without it", "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString secret = t.file(QStringLiteral("passphrase.txt"));
    QFile file(secret);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("purple-otter-42\n");
    file.close();
    const Run created = sync(a, feed, {QStringLiteral("--passphrase-file"), secret});
    REQUIRE(created.exitCode == 0);
    CHECK_FALSE(created.out.contains(QLatin1String("purple-otter")));
    CHECK_FALSE(fileBytes(feed).contains("purple-otter")); // never written, only its HMAC
    const Run without = sync(b, feed);
    CHECK(without.exitCode == 1);
    CHECK(without.err.contains(QLatin1String("protected by a team passphrase")));
    CHECK(sync(b, feed, {QStringLiteral("--passphrase-file"), secret}).exitCode == 0);
}

TEST_CASE("Keeping the other value of a conflict is a new edit that reaches every laptop", "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(sync(a, feed).exitCode == 0);
    REQUIRE(sync(b, feed).exitCode == 0);
    // The sync processes stamp with the real clock, so the edits here do too.
    const SystemClock now;
    edit(a, now, QStringLiteral("Ana"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigil);
        item.location = QStringLiteral("City Hall steps");
        ActionItemRepository(db).update(item);
    });
    edit(b, now, QStringLiteral("Bo"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigil);
        item.location = QStringLiteral("Online");
        ActionItemRepository(db).update(item);
    });
    REQUIRE(sync(a, feed).exitCode == 0);
    REQUIRE(sync(b, feed).exitCode == 0);
    REQUIRE(sync(a, feed).exitCode == 0);

    {
        auto database = Database::open(a, now);
        database->setAuthor(QStringLiteral("Ana"));
        SyncStore store(*database);
        const auto conflicts = store.conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().lostValue == QStringLiteral("City Hall steps"));
        CHECK_FALSE(conflicts.first().resolved);
        store.keepOtherValue(conflicts.first().id);
        CHECK(ActionItemRepository(*database).get(vigil)->location ==
              QLatin1String("City Hall steps"));
    }
    REQUIRE(sync(a, feed).exitCode == 0);
    REQUIRE(sync(b, feed).exitCode == 0);
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, t.clock);
        CHECK(ActionItemRepository(*database).get(vigil)->location ==
              QLatin1String("City Hall steps"));
        CHECK(SyncStore(*database).conflicts().first().resolved);
    }
}

TEST_CASE("A copied database is noticed and given its own device id - both copies converge",
          "[sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    t.close();
    const QString copy = t.file(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(t.path(), copy));
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const SystemClock now;
    edit(t.path(), now, QStringLiteral("Ana"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigil);
        item.owner = QStringLiteral("Ana");
        ActionItemRepository(db).update(item);
    });
    edit(copy, now, QStringLiteral("Bo"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigil);
        item.notes = QStringLiteral("Bring candles");
        ActionItemRepository(db).update(item);
    });
    auto deviceOf = [&](const QString &path) {
        return Database::open(path, now)->stamps()->deviceId();
    };
    REQUIRE(deviceOf(t.path()) == deviceOf(copy));
    REQUIRE(sync(t.path(), feed).exitCode == 0);
    const Run second = sync(copy, feed);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QLatin1String("a copy of another laptop")));
    CHECK(deviceOf(t.path()) != deviceOf(copy));
    REQUIRE(sync(t.path(), feed).exitCode == 0);
    REQUIRE(sync(copy, feed).exitCode == 0);
    CHECK(dump(t.path(), now) == dump(copy, now));
    auto database = Database::open(copy, now);
    CHECK(ActionItemRepository(*database).get(vigil)->owner == QLatin1String("Ana"));
    CHECK(ActionItemRepository(*database).get(vigil)->notes == QLatin1String("Bring candles"));
}

TEST_CASE("A laptop whose clock runs days ahead is named in the sync summary", "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(3));
    {
        auto fast = Database::open(t.file(QStringLiteral("fast.sqlite")), ahead);
        SampleDataLoader::load(*fast);
        FileFeedSync::Options options;
        options.feedPath = feed;
        FileFeedSync::sync(*fast, options);
    }
    t.close();
    const Run run = sync(t.path(), feed);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("hours ahead")));
}
