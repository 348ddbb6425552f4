// Sync through a feed on a team server: Debian's Apache httpd with mod_dav, and a small
// local server that misbehaves on purpose. All traffic stays on 127.0.0.1.
#include "model/domain/SystemClock.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "model/sync/FeedSync.h"
#include "model/sync/HttpClient.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/ApacheDavServer.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/LocalFeedServer.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <vector>

#include <memory>

#include <QFile>
#include <QNetworkRequest>
#include <QProcess>

namespace {

// The real HTTP transport, with another laptop's sync slipped in between this one's
// fetch and its store: the server must answer the store with 412.
class InterruptedTransport : public FeedTransport
{
public:
    InterruptedTransport(HttpFeedTransport &real, std::function<void()> meanwhile)
        : m_real(real), m_meanwhile(std::move(meanwhile))
    {}
    QString location() const override { return m_real.location(); }
    Fetched fetch() override { return m_real.fetch(); }
    bool store(const SegmentedFeed &feed) override
    {
        if (m_meanwhile) {
            m_meanwhile();
            m_meanwhile = nullptr;
        }
        const bool stored = m_real.store(feed);
        stores << stored;
        return stored;
    }
    QVector<bool> stores;

private:
    HttpFeedTransport &m_real;
    std::function<void()> m_meanwhile;
};

// Two laptops synced once through feed, then Ana sets the vigil's owner and Bo its
// notes: different fields, so both edits must survive any order of syncs.
std::pair<QString, QString> laptopsWithDifferentEdits(const TestDatabase &t, const QString &feed,
                                                      const Clock &now)
{
    const auto laptops = twoLaptops(t);
    REQUIRE(runSync(laptops.first, feed).exitCode == 0);
    REQUIRE(runSync(laptops.second, feed).exitCode == 0);
    editVigil(laptops.first, now, QStringLiteral("Ana"),
              [](ActionItem &item) { item.owner = QStringLiteral("Ana"); });
    editVigil(laptops.second, now, QStringLiteral("Bo"),
              [](ActionItem &item) { item.notes = QStringLiteral("Bring candles"); });
    return laptops;
}

void checkBothEdits(const QString &path, const Clock &clock)
{
    auto database = Database::open(path, clock);
    const auto item = ActionItemRepository(*database).get(vigilId());
    CHECK(item->owner == QLatin1String("Ana"));
    CHECK(item->notes == QLatin1String("Bring candles"));
}

HttpFeedTransport::Limits quickLimits()
{
    HttpFeedTransport::Limits limits;
    limits.transferTimeoutMs = 1000;
    limits.deadlineMs = 20000;
    limits.maxBytes = 4 * 1024 * 1024;
    return limits;
}

// A sample database that syncs with feed and must refuse with message, unchanged.
void expectRefusal(TestDatabase &t, const FeedSync::Options &options, const char *message)
{
    t.close();
    const QByteArray before = databaseBytes(t.path());
    {
        const SystemClock now;
        auto database = Database::open(t.path(), now);
        INFO(options.feed.toStdString());
        CHECK_THROWS_WITH(FeedSync::sync(*database, options), Catch::Contains(message));
    }
    CHECK(databaseBytes(t.path()) == before);
}

TestDatabase &withSample(TestDatabase &t)
{
    SampleDataLoader::load(*t.database);
    return t;
}

// The sample synced once through the honest server, so a valid feed is there and only
// the way a misbehaving mode serves it can go wrong. Options with short limits.
FeedSync::Options withFeedOnServer(TestDatabase &t, const LocalFeedServer &server)
{
    withSample(t).close();
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.limits = quickLimits();
    options.feed = server.url(QStringLiteral("honest"));
    const SystemClock now;
    FeedSync::sync(*Database::open(t.path(), now), options);
    return options;
}

} // namespace

TEST_CASE("Two laptops converge through a feed on Apache httpd with WebDAV - the conflict listed "
          "in both",
          "[sync][http]")
{
    ApacheDavServer apache;
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = apache.url();
    const SystemClock now;
    edit(a, now, QStringLiteral("Ana"), [](Database &db) {
        auto item = *ActionItemRepository(db).get(vigilId());
        item.location = QStringLiteral("Philadelphia City Hall");
        ActionItemRepository(db).update(item);
        Campaign campaign;
        campaign.name = QStringLiteral("Free Them All");
        CampaignRepository(db).create(campaign);
    });
    editVigil(b, now, QStringLiteral("Bo"),
              [](ActionItem &item) { item.location = QStringLiteral("Online vigil"); });

    const ProcessRun created = runSync(a, feed);
    INFO(created.err.toStdString() << apache.errorLog().toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QLatin1String("The feed was created")));
    const QString stored = apache.documentRoot() + QStringLiteral("/team.feed");
    REQUIRE(QFile::exists(stored));
    const ProcessRun second = runSync(b, feed);
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QLatin1String("1 added")));
    CHECK(second.out.contains(QLatin1String("conflict")));
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);

    CHECK(dump(a, now) == dump(b, now));
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, now);
        CHECK(Statement(database->connection(),
                        QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE field = "
                                       "'location' AND record_id = '%1'")
                            .arg(vigilId()))
                  .scalar()
                  .toInt() == 1);
    }
    // A further sync changes nothing on the server.
    const QByteArray before = fileBytes(stored);
    REQUIRE(runSync(a, feed).exitCode == 0);
    CHECK(fileBytes(stored) == before);
}

TEST_CASE("A stale write is answered with 412 - the sync merges the other laptop's edits and "
          "stores again",
          "[sync][http]")
{
    LocalFeedServer server; // If-Match without WebDAV locks, so laptops can interleave
    TestDatabase t;
    const QString feed = server.url(QStringLiteral("honest"));
    const SystemClock now;
    const auto [a, b] = laptopsWithDifferentEdits(t, feed, now);

    FeedSync::Options options;

    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    HttpFeedTransport http(QUrl(feed), options.limits);
    InterruptedTransport transport(http, [&] { REQUIRE(runSync(b, feed).exitCode == 0); });
    FeedSync::Outcome outcome;
    {
        auto database = Database::open(a, now);
        outcome = FeedSync::sync(*database, transport, options);
    }
    CHECK(outcome.attempts >= 2);
    REQUIRE(transport.stores.size() >= 2);
    CHECK_FALSE(transport.stores.first()); // the server's 412
    CHECK(transport.stores.last());
    REQUIRE(runSync(b, feed).exitCode == 0);
    for (const QString &path : {a, b})
        checkBothEdits(path, now);
}

TEST_CASE("Apache's WebDAV lock makes a second laptop wait until the first one's sync is done",
          "[sync][http]")
{
    ApacheDavServer apache;
    TestDatabase t;
    const QString feed = apache.url();
    const SystemClock now;
    const auto [a, b] = laptopsWithDifferentEdits(t, feed, now);

    FeedSync::Options options;

    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    QProcess other;
    bool refusedWhileHeld = false;
    bool waitingWhileHeld = false;
    FeedSync::Outcome outcome;
    {
        HttpFeedTransport http(QUrl(feed), options.limits);
        InterruptedTransport transport(http, [&] {
            // Ana's laptop holds the lock between reading and writing. Bo's sync asks
            // for it, is told the feed is locked (423), and must still be waiting, not
            // done, however long it took to get there. (The bound only ends a hung run.)
            startSync(other, b, feed);
            REQUIRE(other.waitForStarted());
            for (int poll = 0; poll < 1200 && other.state() == QProcess::Running; ++poll) {
                refusedWhileHeld = apache.requests().contains(QLatin1String("LOCK 423"));
                if (refusedWhileHeld)
                    break;
                other.waitForFinished(50);
            }
            waitingWhileHeld = other.state() == QProcess::Running;
        });
        auto database = Database::open(a, now);
        outcome = FeedSync::sync(*database, transport, options);
    } // the transport releases the lock
    CHECK(refusedWhileHeld);
    CHECK(waitingWhileHeld);
    CHECK(outcome.attempts == 1); // nobody wrote in between
    REQUIRE(other.waitForFinished(60000));
    INFO(other.readAllStandardError().toStdString());
    REQUIRE(other.exitCode() == 0);
    REQUIRE(runSync(a, feed).exitCode == 0);
    for (const QString &path : {a, b})
        checkBothEdits(path, now);
}

TEST_CASE("Three coalition processes syncing through Apache 30 times each lose no edit",
          "[sync][http]")
{
    ApacheDavServer apache;
    TestDatabase t;
    // Each sync holds Apache's WebDAV lock from reading the feed to writing it, so the
    // laptops take turns and none has to merge again.
    const int retried = threeLaptopsEditAndSync(t, apache.url(), 30);
    WARN("syncs that had to read and merge again: " << retried);
}

TEST_CASE("Laptops creating a missing feed on the server at the same moment all end in one team",
          "[sync][http]")
{
    ApacheDavServer apache;
    TestDatabase t;
    // Found under load by the three-laptop test above (one run of two hung with two busy
    // loops beside it): two creators both passed Apache's If-None-Match, the later write
    // replaced the first one's team, and a laptop that had joined it was refused for
    // good. Creation now happens under a WebDAV lock. The race is too narrow to hit on
    // demand here; this checks that creating under a lock works when laptops collide.
    for (int round = 0; round < 10; ++round) {
        INFO("round " << round);
        const QString feed = apache.url(QStringLiteral("team%1.feed").arg(round));
        std::vector<std::unique_ptr<QProcess>> laptops;
        QStringList databases;
        for (int laptop = 0; laptop < 3; ++laptop) {
            databases << t.file(QStringLiteral("r%1-laptop%2.sqlite").arg(round).arg(laptop));
            Database::open(databases.last(), t.clock).reset();
            auto process = std::make_unique<QProcess>();
            startSync(*process, databases.last(), feed);
            laptops.push_back(std::move(process));
        }
        for (auto &process : laptops) {
            REQUIRE(process->waitForFinished(120000));
            INFO(process->readAllStandardError().toStdString());
            CHECK(process->exitCode() == 0);
        }
        // Each reads the feed that stayed and joins its team; none is refused.
        for (const QString &db : databases) {
            const ProcessRun again = runSync(db, feed);
            INFO(again.err.toStdString());
            CHECK(again.exitCode == 0);
        }
    }
}

TEST_CASE("A feed that vanished from the server or came back damaged is refused and nothing "
          "changes",
          "[sync][http]")
{
    ApacheDavServer apache;
    TestDatabase t;
    withSample(t).close();
    REQUIRE(runSync(t.path(), apache.url()).exitCode == 0);
    const QString stored = apache.documentRoot() + QStringLiteral("/team.feed");
    const QByteArray good = fileBytes(stored);
    const QByteArray database = databaseBytes(t.path());

    writeBytes(stored, good.left(good.size() / 3));
    const ProcessRun truncated = runSync(t.path(), apache.url());
    CHECK(truncated.exitCode == 1);
    CHECK(truncated.err.contains(QLatin1String("feed")));
    CHECK(databaseBytes(t.path()) == database);
    CHECK(fileBytes(stored) == good.left(good.size() / 3));

    REQUIRE(QFile::remove(stored));
    const ProcessRun missing = runSync(t.path(), apache.url());
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QLatin1String("is now missing")));
    CHECK(databaseBytes(t.path()) == database);
    CHECK_FALSE(QFile::exists(stored));
    CHECK(runSync(t.path(), apache.url(), {QStringLiteral("--create-feed")}).exitCode == 0);
    CHECK(QFile::exists(stored));
}

TEST_CASE("A server that stalls - drips - truncates or sends too much is an error and nothing "
          "changes",
          "[sync][http]")
{
    LocalFeedServer server;
    TestDatabase t;
    FeedSync::Options options = withFeedOnServer(t, server);
    options.feed = server.url(QStringLiteral("stall"));
    expectRefusal(t, options, "stopped answering");
    options.feed = server.url(QStringLiteral("truncate"));
    expectRefusal(t, options, "broke off");
    options.feed = server.url(QStringLiteral("huge-length"));
    expectRefusal(t, options, "more than 4.0 MB");
    options.feed = server.url(QStringLiteral("huge-chunked"));
    expectRefusal(t, options, "more than 4.0 MB");
    options.feed = server.url(QStringLiteral("status-500"));
    expectRefusal(t, options, "HTTP 500");
    options.feed = server.url(QStringLiteral("status-401"));
    expectRefusal(t, options, "refused access");
    options.limits.deadlineMs = 2000; // bytes keep coming, too slowly to ever finish
    options.feed = server.url(QStringLiteral("drip"));
    expectRefusal(t, options, "ran out of time");
    options.feed = QStringLiteral("http://127.0.0.1:9/team.feed"); // nobody listens there
    expectRefusal(t, options, "Cannot reach");
}

TEST_CASE("A server that answers 412 to every write makes the sync give up unchanged",
          "[sync][http]")
{
    LocalFeedServer server;
    TestDatabase t;
    FeedSync::Options options = withFeedOnServer(t, server);
    options.feed = server.url(QStringLiteral("always-412"));
    options.maxAttempts = 4;
    // An edit to send: a sync with nothing new would not write at all.
    editVigil(t.path(), t.clock, QStringLiteral("Ana"),
              [](ActionItem &item) { item.owner = QStringLiteral("Ana"); });
    expectRefusal(t, options, "kept changing while syncing (4 tries)");
    CHECK(server.putsTo(QStringLiteral("always-412")) == 4);
}

TEST_CASE("A server that ignores If-Match - If-None-Match - or sends no ETag is refused before "
          "anything is written",
          "[sync][http]")
{
    LocalFeedServer server;
    TestDatabase t;
    FeedSync::Options options = withFeedOnServer(t, server);
    // The feed is on the server (stored through the honest mode); each careless mode
    // serves the same feed and must not be written to.
    options.feed = server.url(QStringLiteral("ignore-if-match"));
    expectRefusal(t, options, "ignores If-Match");
    options.feed = server.url(QStringLiteral("no-etag"));
    expectRefusal(t, options, "sends no ETag and has no WebDAV locks");
    for (const QString &mode : {QStringLiteral("ignore-if-match"), QStringLiteral("no-etag")})
        CHECK(server.putsTo(mode) == 0);
    // Creating a feed where If-None-Match is ignored (If-Match honoured).
    options.feed = server.url(QStringLiteral("ignore-if-none-match"), QStringLiteral("new.feed"));
    expectRefusal(t, options, "ignores If-None-Match");
    CHECK(server.putsTo(QStringLiteral("ignore-if-none-match"), QStringLiteral("new.feed")) == 0);
    // Each check's test upload went beside the feed, and was taken away again.
    CHECK(server.putsTo(QStringLiteral("ignore-if-match"),
                        QStringLiteral("team.feed.coalition-check")) == 1);
    for (const QString &name : {QStringLiteral("team.feed.coalition-check"),
                                QStringLiteral("new.feed.coalition-check")}) {
        HttpClient client{QUrl(server.url(QStringLiteral("honest"), name)), quickLimits()};
        CHECK(client.send("GET", client.newRequest()).status == 404);
    }
}

TEST_CASE("https: an unknown certificate and a redirect to plain http are refused - --ca-file "
          "trusts a team's own certificate",
          "[sync][http]")
{
    LocalFeedServer server(true);
    TestDatabase t;
    withSample(t).close();
    const QByteArray before = databaseBytes(t.path());
    const ProcessRun untrusted = runSync(t.path(), server.secureUrl(QStringLiteral("honest")));
    INFO(untrusted.err.toStdString());
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.err.contains(QLatin1String("No secure connection")));
    CHECK(databaseBytes(t.path()) == before);

    const QStringList trust{QStringLiteral("--ca-file"), server.certificatePath()};
    const ProcessRun redirected =
        runSync(t.path(), server.secureUrl(QStringLiteral("redirect-http")), trust);
    INFO(redirected.err.toStdString());
    CHECK(redirected.exitCode == 1);
    CHECK(redirected.err.contains(QLatin1String("redirected from https to plain http")));
    CHECK(databaseBytes(t.path()) == before);

    const ProcessRun trusted = runSync(t.path(), server.secureUrl(QStringLiteral("honest")), trust);
    INFO(trusted.err.toStdString());
    CHECK(trusted.exitCode == 0);
    CHECK(trusted.out.contains(QLatin1String("The feed was created")));
}
