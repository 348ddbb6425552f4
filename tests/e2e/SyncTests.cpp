// Sync through one feed file with real coalition processes.
#include "model/domain/SystemClock.h"
#include "model/feed/ConflictLog.h"
#include "model/feed/FeedCodec.h"
#include "model/feed/SyncStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "model/sync/FeedSync.h"
#include "model/sync/FileFeedTransport.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

TEST_CASE("Two demo databases edited differently end identical through one feed - the conflict "
          "listed in both",
          "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("team-feed.txt"));
    edit(a, t.clock, QStringLiteral("Ana"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigilId());
        item.location = QStringLiteral("Philadelphia City Hall");
        ActionItemRepository(db).update(item);
        Campaign campaign;
        campaign.name = QStringLiteral("Free Them All");
        CampaignRepository(db).create(campaign);
    });
    t.clock.advanceSeconds(60);
    edit(b, t.clock, QStringLiteral("Bo"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigilId());
        item.location = QStringLiteral("Online vigil");
        item.owner = QStringLiteral("Bo");
        ActionItemRepository(db).update(item);
        ActionItemRepository(db).remove(SampleDataLoader::stableId(
            EntityKind::ActionItem,
            QStringLiteral(
                "Support the AAPI Community Fund/Donate to the Support the AAPI Community Fund")));
    });

    REQUIRE(runSync(a, feed).exitCode == 0);
    const ProcessRun second = runSync(b, feed);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QLatin1String("1 added"))); // Ana's campaign
    INFO(second.out.toStdString());
    // Location (both edited) and owner (Bo's edit against the sample's value, which this
    // laptop had never synced) differ at its first sync: both are listed.
    CHECK(second.out.contains(QLatin1String("2 conflict")));
    // …and per entity, by author.
    CHECK(second.out.contains(QLatin1String("\n  campaigns: 1 added by Ana\n")));
    // Ana's location gave way to Bo's later one; Bo's owner replaced the sample's.
    CHECK(second.out.contains(QLatin1String("action items: 1 conflict, an edit by someone set "
                                            "aside, 1 conflict, an edit by Ana set aside\n")));
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);

    const QStringList dumpA = dump(a, t.clock);
    CHECK(dumpA == dump(b, t.clock));
    auto inA = Database::open(a, t.clock);
    const auto item = ActionItemRepository(*inA).get(vigilId());
    CHECK(item->location == QLatin1String("Online vigil")); // the later edit won
    CHECK(item->owner == QLatin1String("Bo"));
    CHECK(CampaignRepository(*inA).findByIdOrName(QStringLiteral("Free Them All")));
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, t.clock);
        CHECK(
            Statement(database->connection(),
                      QStringLiteral("SELECT lost_value || ' / ' || kept_value FROM sync_conflicts "
                                     "WHERE field = 'location' AND record_id = '%1'")
                          .arg(vigilId()))
                .scalar()
                .toString() == QLatin1String("Philadelphia City Hall / Online vigil"));
    }

    // A further sync changes nothing: not the feed, not the data.
    const QByteArray before = fileBytes(feed);
    REQUIRE(runSync(a, feed).exitCode == 0);
    CHECK(fileBytes(feed) == before);
    CHECK(dump(a, t.clock) == dumpA);
}

TEST_CASE("A damaged - newer or vanished feed is refused and nothing changes", "[sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    t.close();
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(runSync(t.path(), feed).exitCode == 0);
    const QByteArray good = fileBytes(feed);

    auto refuse = [&](const QByteArray &content, const char *message) {
        writeBytes(feed, content);
        const QByteArray database = databaseBytes(t.path());
        const ProcessRun run = runSync(t.path(), feed);
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
    refuse(flipped, "nothing was changed");
    refuse(QByteArray(), "empty");
    QByteArray newer = good;
    newer.replace("COALITION-FEED\t2", "COALITION-FEED\t3");
    refuse(newer, "newer Coalition (format 3)");
    refuse("name,email\n", "not a Coalition feed");

    QFile::remove(feed);
    const ProcessRun missing = runSync(t.path(), feed);
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QLatin1String("is now missing")));
    CHECK_FALSE(QFile::exists(feed));
    CHECK(runSync(t.path(), feed, {QStringLiteral("--create-feed")}).exitCode == 0);
    CHECK(QFile::exists(feed));
}

namespace {

// The team's shared folder as it goes away: the feed is read, then deleted before the
// sync stores its merge (a drive unplugged, a sync tool removing the file).
class FeedDeletedAfterReading : public FileFeedTransport
{
public:
    using FileFeedTransport::FileFeedTransport;
    Fetched fetch() override
    {
        Fetched fetched = FileFeedTransport::fetch();
        if (!m_deleted)
            m_deleted = QFile::remove(location());
        return fetched;
    }

private:
    bool m_deleted = false;
};

} // namespace

TEST_CASE("A feed deleted while a sync merges it is refused - not written anew without the "
          "team's records",
          "[sync]")
{
    TestDatabase t;
    const auto [laptop, other] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(runSync(other, feed).exitCode == 0);
    editVigil(laptop, t.clock, QStringLiteral("Ana"),
              [](ActionItem &item) { item.owner = QStringLiteral("Ana"); });
    const QStringList before = dump(laptop, t.clock);

    auto database = Database::open(laptop, t.clock, Database::OpenMode::MustExist);
    FeedDeletedAfterReading transport(feed);
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    CHECK_THROWS_WITH(FeedSync::sync(*database, transport, options),
                      Catch::Contains("disappeared during the sync"));
    database.reset();
    CHECK_FALSE(QFile::exists(feed));
    CHECK(dump(laptop, t.clock) == before);
}

TEST_CASE("An empty lock file left by a sync killed as it took the lock does not block the next "
          "one",
          "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(runSync(a, feed).exitCode == 0);
    // Killed between creating the lock file and writing who holds it: Qt cannot tell its
    // holder is gone, and every sync was refused for a minute.
    writeBytes(feed + QStringLiteral(".lock"), QByteArray());
    const ProcessRun next = runSync(b, feed);
    CHECK(next.exitCode == 0);
    CHECK_FALSE(next.err.contains(QLatin1String("Another laptop is syncing")));
    CHECK_FALSE(QFile::exists(feed + QStringLiteral(".lock")));
}

TEST_CASE("A sync that would delete most records asks for --allow-mass-delete", "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    t.clock.advanceSeconds(60);
    edit(a, t.clock, QStringLiteral("Ana"), [](Database &db) {
        for (const Campaign &campaign : CampaignRepository(db).list())
            CampaignRepository(db).remove(campaign.id);
    });
    REQUIRE(runSync(a, feed).exitCode == 0); // a's own deletes are not a surprise to a
    const QByteArray before = databaseBytes(b);
    const ProcessRun refused = runSync(b, feed);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("--allow-mass-delete")));
    CHECK(databaseBytes(b) == before);
    CHECK(runSync(b, feed, {QStringLiteral("--allow-mass-delete")}).exitCode == 0);
    CHECK(CampaignRepository(*Database::open(b, t.clock)).count() == 0);
}

TEST_CASE("Three coalition processes editing and syncing one feed 100 times each lose no edit",
          "[sync]")
{
    TestDatabase t;
    const int retried = threeLaptopsEditAndSync(t, t.file(QStringLiteral("feed.txt")), 100);
    WARN("syncs that found the feed changed and merged again: " << retried);
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
    const ProcessRun created = runSync(a, feed, {QStringLiteral("--passphrase-file"), secret});
    REQUIRE(created.exitCode == 0);
    CHECK_FALSE(created.out.contains(QLatin1String("purple-otter")));
    CHECK_FALSE(fileBytes(feed).contains("purple-otter")); // never written
    const ProcessRun without = runSync(b, feed);
    CHECK(without.exitCode == 1);
    CHECK(without.err.contains(QLatin1String("encrypted with a team passphrase")));
    CHECK(runSync(b, feed, {QStringLiteral("--passphrase-file"), secret}).exitCode == 0);
}

TEST_CASE("Keeping the other value of a conflict is a new edit that reaches every laptop", "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    // The sync processes stamp with the real clock, so the edits here do too.
    const SystemClock now;
    editVigil(a, now, QStringLiteral("Ana"),
              [](ActionItem &item) { item.location = QStringLiteral("City Hall steps"); });
    editVigil(b, now, QStringLiteral("Bo"),
              [](ActionItem &item) { item.location = QStringLiteral("Online"); });
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    REQUIRE(runSync(a, feed).exitCode == 0);

    {
        auto database = Database::open(a, now);
        database->setAuthor(QStringLiteral("Ana"));
        ConflictLog conflictLog(*database);
        const auto conflicts = conflictLog.conflicts();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.first().lostValue == QStringLiteral("City Hall steps"));
        CHECK_FALSE(conflicts.first().resolved);
        conflictLog.keepOtherValue(conflicts.first().id);
        CHECK(ActionItemRepository(*database).get(vigilId())->location ==
              QLatin1String("City Hall steps"));
    }
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, t.clock);
        CHECK(ActionItemRepository(*database).get(vigilId())->location ==
              QLatin1String("City Hall steps"));
        CHECK(ConflictLog(*database).conflicts().first().resolved);
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
    editVigil(t.path(), now, QStringLiteral("Ana"),
              [](ActionItem &item) { item.owner = QStringLiteral("Ana"); });
    editVigil(copy, now, QStringLiteral("Bo"),
              [](ActionItem &item) { item.notes = QStringLiteral("Bring candles"); });
    auto deviceOf = [&](const QString &path) {
        return Database::open(path, now)->stamps()->deviceId();
    };
    REQUIRE(deviceOf(t.path()) == deviceOf(copy));
    REQUIRE(runSync(t.path(), feed).exitCode == 0);
    const ProcessRun second = runSync(copy, feed);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QLatin1String("a copy of another laptop")));
    CHECK(deviceOf(t.path()) != deviceOf(copy));
    REQUIRE(runSync(t.path(), feed).exitCode == 0);
    REQUIRE(runSync(copy, feed).exitCode == 0);
    CHECK(dump(t.path(), now) == dump(copy, now));
    auto database = Database::open(copy, now);
    CHECK(ActionItemRepository(*database).get(vigilId())->owner == QLatin1String("Ana"));
    CHECK(ActionItemRepository(*database).get(vigilId())->notes == QLatin1String("Bring candles"));
}

TEST_CASE("A laptop whose clock runs days ahead is named in the sync summary", "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    FixedClock ahead(QDateTime::currentDateTimeUtc().addDays(3));
    {
        auto fast = Database::open(t.file(QStringLiteral("fast.sqlite")), ahead);
        SampleDataLoader::load(*fast);
        FeedSync::Options options;
        options.noEncryption = true; // tests of encryption give a passphrase
        options.feed = feed;
        FeedSync::sync(*fast, options);
    }
    t.close();
    const ProcessRun run = runSync(t.path(), feed);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("hours ahead")));
}

TEST_CASE("A laptop of one team is refused on another team's feed - nothing changes", "[sync]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString ours = t.file(QStringLiteral("ours.feed"));
    const QString theirs = t.file(QStringLiteral("theirs.feed"));
    REQUIRE(runSync(a, ours).exitCode == 0);
    // b started a team of its own, and joined it when it next read that feed.
    REQUIRE(runSync(b, theirs).exitCode == 0);
    REQUIRE(runSync(b, theirs).exitCode == 0);
    const QByteArray database = databaseBytes(b);
    const QByteArray feed = fileBytes(ours);
    const ProcessRun refused = runSync(b, ours);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("belongs to another team")));
    CHECK(databaseBytes(b) == database);
    CHECK(fileBytes(ours) == feed);
    // A new database joins the team of the feed it first syncs with.
    const QString fresh = t.file(QStringLiteral("fresh.sqlite"));
    Database::open(fresh, t.clock).reset();
    CHECK(runSync(fresh, ours).exitCode == 0);
    CHECK(runSync(fresh, ours).exitCode == 0);
}

TEST_CASE("A laptop that edits a field again after syncing it - ten times - keeps its device id",
          "[sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    t.close();
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const SystemClock now;
    auto deviceOf = [&](const QString &path) {
        return Database::open(path, now)->stamps()->deviceId();
    };
    const QString device = deviceOf(t.path());
    for (int round = 1; round <= 10; ++round) {
        const QString owner = QStringLiteral("Ana, round %1").arg(round);
        // The feed holds this laptop's earlier stamp of the owner; the database a newer one.
        editVigil(t.path(), now, QStringLiteral("Ana"),
                  [&](ActionItem &item) { item.owner = owner; });
        const ProcessRun run = runSync(t.path(), feed);
        REQUIRE(run.exitCode == 0);
        INFO(run.out.toStdString());
        CHECK_FALSE(run.out.contains(QLatin1String("a copy of another laptop")));
        CHECK(deviceOf(t.path()) == device);
    }
}

TEST_CASE("A refused sync of a copied database leaves it byte for byte as it was - its "
          "device id too",
          "[sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    // A feed written by a copy of this database (same device id) whose vigil holds a
    // due date that is not a date: the sync finds the copy, then refuses to store.
    FeedState state = SyncStore(*t.database).localState();
    const QString device = t.database->stamps()->deviceId();
    FieldValue &due =
        state[{QStringLiteral("action_items"), vigilId()}].fields[QStringLiteral("due_date")];
    due.value = QStringLiteral("someday");
    due.stamp = t.database->stamps()->next();
    {
        QFile file(feed);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(FeedCodec::encode(state, t.database->schemaVersion()));
    }
    t.close();
    const QByteArray before = databaseBytes(t.path());

    auto database = Database::open(t.path(), t.clock, Database::OpenMode::MustExist);
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    CHECK_THROWS_WITH(FeedSync::sync(*database, options), Catch::Contains("cannot store"));
    CHECK(database->stamps()->deviceId() == device); // the clock in memory too
    database.reset();
    CHECK(databaseBytes(t.path()) == before);
}
