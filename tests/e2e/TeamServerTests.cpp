// The PostgreSQL team server through real coalition processes and a real PostgreSQL
// started for each test (tests/support/PostgresServer): set up by its owner, members
// syncing encrypted feeds through it, row-level security between teams and members, and
// every refusal leaving the laptop's database byte for byte as it was.
#include "model/records/ActionItemRepository.h"
#include "model/sync/FeedSync.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/DatabaseContent.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <memory>
#include <random>
#include <vector>

namespace {

// The server set up by its owner, with alice and bo in team "nyc" and cy in team "la".
struct TeamServer
{
    TeamServer()
    {
        ownerFile = pg.secretFile(QStringLiteral("owner.txt"), PostgresServer::ownerPassword());
        for (const auto &[member, team] :
             {std::pair{"alice", "nyc"}, std::pair{"bo", "nyc"}, std::pair{"cy", "la"}})
            pg.addMember(QString::fromLatin1(member), QString::fromLatin1(team),
                         password(QString::fromLatin1(member)));
    }
    static QString password(const QString &member) { return member + QStringLiteral("-secret"); }
    ProcessRun owner(const QStringList &arguments) const
    {
        return runCoalition(QStringList{QStringLiteral("server")} + arguments +
                            QStringList{QStringLiteral("--server"), pg.url(QStringLiteral("owner")),
                                        QStringLiteral("--password-file"), ownerFile});
    }
    // A sync's arguments as member: the password and the team passphrase.
    QStringList as(const QString &member) const
    {
        return {QStringLiteral("--password-file"),
                pg.secretFile(member + QStringLiteral(".txt"), password(member)),
                QStringLiteral("--passphrase-file"),
                pg.secretFile(QStringLiteral("passphrase.txt"),
                              QStringLiteral("river stone lantern june"))};
    }
    // The first of twoLaptops(), synced with team nyc as alice.
    QString laptopSyncedAsAlice(const TestDatabase &t) const
    {
        const QString laptop = twoLaptops(t).first;
        const ProcessRun run =
            runSync(laptop, pg.url(QStringLiteral("alice"), QStringLiteral("nyc")),
                    as(QStringLiteral("alice")));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return laptop;
    }
    ProcessRun psql(const QString &member, const QString &sql) const
    {
        return pg.psql(member, password(member), sql);
    }

    PostgresServer pg;
    QString ownerFile;
};

} // namespace

TEST_CASE("Two demo laptops and a third made later converge through a PostgreSQL team server - "
          "its rows hold only ciphertext",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString c = t.file(QStringLiteral("c.sqlite"));
    REQUIRE(runCoalition({QStringLiteral("demo"), QStringLiteral("--db"), c}).exitCode == 0);
    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    editVigil(b, t.clock, QStringLiteral("Bo"),
              [](ActionItem &item) { item.location = "City Hall"; });
    const QString feed = server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    const ProcessRun created = runSync(a, feed, server.as(QStringLiteral("alice")));
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QLatin1String("The feed was created")));
    // bo syncs under a login of his own to the same team.
    const QString bosFeed = server.pg.url(QStringLiteral("bo"), QStringLiteral("nyc"));
    for (const auto &[laptop, member] :
         {std::pair{b, "bo"}, std::pair{c, "alice"}, std::pair{a, "alice"}, std::pair{b, "bo"}}) {
        const QString name = QString::fromLatin1(member);
        const ProcessRun run =
            runSync(laptop, name == QLatin1String("bo") ? bosFeed : feed, server.as(name));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    CHECK(dump(a, t.clock) == dump(b, t.clock));
    CHECK(dump(c, t.clock) == dump(a, t.clock));
    // What the server holds, read as its owner: segments and the header, none of it
    // readable. (psql prints bytea as hex: compared in hex.)
    const ProcessRun rows = server.psql(
        QStringLiteral("owner"),
        QStringLiteral("SELECT string_agg(encode(bytes, 'hex'), '') FROM coalition.segments; "
                       "SELECT encode(header, 'hex') FROM coalition.teams WHERE name = 'nyc'"));
    REQUIRE(rows.exitCode == 0);
    const QByteArray stored = QByteArray::fromHex(rows.out.toLatin1());
    REQUIRE(stored.size() > 10000);
    CHECK(stored.contains("lock\targon2id"));
    CHECK(readableSampleWords(stored).isEmpty());
    CHECK_FALSE(stored.contains("City Hall"));
    CHECK_FALSE(stored.contains("river stone"));

    // A wrong team passphrase: refused, the database byte for byte as it was.
    const QByteArray before = databaseBytes(c);
    QStringList wrong = server.as(QStringLiteral("alice"));
    wrong.last() = server.pg.secretFile(QStringLiteral("wrong.txt"),
                                        QStringLiteral("river stone lantern july"));
    const ProcessRun refused = runSync(c, feed, wrong);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("does not open this feed")));
    CHECK(databaseBytes(c) == before);
}

TEST_CASE("Row-level security: a member reads no row of another team and can delete or alter no "
          "row - each attempt is a permission error",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    REQUIRE(runSync(a, server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc")),
                    server.as(QStringLiteral("alice")))
                .exitCode == 0);
    REQUIRE(runSync(b, server.pg.url(QStringLiteral("cy"), QStringLiteral("la")),
                    server.as(QStringLiteral("cy")))
                .exitCode == 0);
    const auto count = [&server](const QString &member, const QString &sql) {
        const ProcessRun run = server.psql(member, sql);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return run.out.trimmed().toInt();
    };
    // cy sees team la's rows and nothing of nyc's.
    CHECK(count(QStringLiteral("owner"), QStringLiteral("SELECT count(*) FROM coalition.segments "
                                                        "WHERE team = 'nyc'")) == 1);
    CHECK(count(QStringLiteral("cy"), QStringLiteral("SELECT count(*) FROM coalition.segments")) ==
          1);
    CHECK(count(QStringLiteral("cy"), QStringLiteral("SELECT count(*) FROM coalition.segments "
                                                     "WHERE team = 'nyc'")) == 0);
    CHECK(count(QStringLiteral("cy"), QStringLiteral("SELECT count(*) FROM coalition.teams")) == 1);
    CHECK(count(QStringLiteral("cy"), QStringLiteral("SELECT count(*) FROM coalition.members")) ==
          1);

    const QString snapshotOfNyc =
        server
            .psql(QStringLiteral("owner"), QStringLiteral("SELECT segment_id FROM "
                                                          "coalition.segments WHERE team = "
                                                          "'nyc'"))
            .out.trimmed();
    const QStringList attempts = {
        // cy on team nyc's rows
        QStringLiteral("DELETE FROM coalition.segments WHERE team = 'nyc'"),
        QStringLiteral("UPDATE coalition.segments SET bytes = 'x' WHERE team = 'nyc'"),
        QStringLiteral("UPDATE coalition.teams SET header = NULL"),
        QStringLiteral("INSERT INTO coalition.members VALUES ('cy', 'nyc')"),
        QStringLiteral("SELECT coalition.push('nyc', 'k', 'd', 's', 'x')"),
        QStringLiteral("SELECT coalition.replace_snapshot('nyc', '%1', 1000, 'h', 'k', 'd', "
                       "'s', 'x')")
            .arg(snapshotOfNyc),
        QStringLiteral("SELECT coalition.set_header('nyc', 'k', 'h')"),
        QStringLiteral("SELECT coalition.add_member('cy', 'nyc', NULL, false)"),
        QStringLiteral("TRUNCATE coalition.segments"),
    };
    for (const QString &sql : attempts) {
        const ProcessRun run = server.psql(QStringLiteral("cy"), sql);
        INFO(sql.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QLatin1String("permission denied")));
    }
    // bo, of team nyc, cannot remove or rewrite alice's segment either.
    for (const QString &sql :
         {QStringLiteral("DELETE FROM coalition.segments WHERE member = 'alice'"),
          QStringLiteral("UPDATE coalition.segments SET bytes = 'x' WHERE member = 'alice'")}) {
        const ProcessRun run = server.psql(QStringLiteral("bo"), sql);
        INFO(sql.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QLatin1String("permission denied")));
    }
    CHECK(count(QStringLiteral("owner"), QStringLiteral("SELECT count(*) FROM coalition.segments "
                                                        "WHERE team = 'nyc' AND segment_id = "
                                                        "'%1'")
                                             .arg(snapshotOfNyc)) == 1);
}

TEST_CASE("A wrong password - an unknown team - a server without Coalition - a server that is "
          "down: each refused with its message and the database unchanged",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    const QString feed = server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    const QString a = server.laptopSyncedAsAlice(t);
    const QByteArray before = databaseBytes(a);
    const auto refused = [&](const QString &feedUrl, const QStringList &arguments,
                             const char *message) {
        const ProcessRun run = runSync(a, feedUrl, arguments);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String(message)));
        CHECK(databaseBytes(a) == before);
    };
    QStringList wrongPassword = server.as(QStringLiteral("alice"));
    wrongPassword[1] = server.pg.secretFile(QStringLiteral("wrong.txt"), QStringLiteral("nope"));
    refused(feed, wrongPassword, "password authentication failed");
    refused(server.pg.url(QStringLiteral("alice"), QStringLiteral("boston")),
            server.as(QStringLiteral("alice")), "has no team \"boston\"");
    // alice is not a member of team la: the same answer as for a team that does not exist.
    refused(server.pg.url(QStringLiteral("alice"), QStringLiteral("la")),
            server.as(QStringLiteral("alice")), "has no team \"la\"");
    QString otherDatabase = feed;
    otherDatabase.replace(QLatin1String("/coalition?"), QLatin1String("/postgres?"));
    refused(otherDatabase, server.as(QStringLiteral("alice")), "holds no Coalition team server");
    QString withPassword = feed;
    withPassword.replace(QLatin1String("alice@"), QLatin1String("alice:secret@"));
    refused(withPassword, server.as(QStringLiteral("alice")), "it holds a password");
    server.pg.stop();
    refused(feed, server.as(QStringLiteral("alice")), "Cannot connect to the team server");
    server.pg.start();
    REQUIRE(runSync(a, feed, server.as(QStringLiteral("alice"))).exitCode == 0);
}

TEST_CASE("Three coalition processes syncing through the team server 50 times each lose no edit",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    // The laptops' syncs go without encryption (the suite's three-laptop runs do) and
    // find the member's password where libpq looks when none is given.
    qputenv("PGPASSWORD", TeamServer::password(QStringLiteral("alice")).toUtf8());
    const int retried = threeLaptopsEditAndSync(
        t, server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc")), 50);
    qunsetenv("PGPASSWORD");
    WARN("syncs that had to read and merge again: " << retried);
}

TEST_CASE("TLS: a server certificate the laptop does not trust is refused and changes nothing - "
          "--ca-file trusts it",
          "[sync][server]")
{
    TeamServer server;
    const QString certificate = server.pg.enableTls();
    TestDatabase t;
    const QString a = twoLaptops(t).first;
    const QString feed = server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc")) +
                         QStringLiteral("&sslmode=verify-full");
    const QByteArray before = databaseBytes(a);
    // An authority that did not sign the server's certificate: another server's.
    PostgresServer other;
    const QString stranger = other.enableTls();
    const ProcessRun untrusted = runSync(a, feed,
                                         server.as(QStringLiteral("alice")) +
                                             QStringList{QStringLiteral("--ca-file"), stranger});
    INFO(untrusted.err.toStdString());
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.err.contains(QLatin1String("Cannot connect to the team server")));
    CHECK(untrusted.err.contains(QLatin1String("certificate verify failed")));
    CHECK(databaseBytes(a) == before);

    const ProcessRun trusted = runSync(a, feed,
                                       server.as(QStringLiteral("alice")) +
                                           QStringList{QStringLiteral("--ca-file"), certificate});
    INFO(trusted.err.toStdString());
    CHECK(trusted.exitCode == 0); // verify-full: over TLS, the certificate checked
}

TEST_CASE("The team server stopped dead 20 times during two laptops' pushes and pulls - every "
          "database whole and nothing lost after the next syncs",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    const QString feed = server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    // Without encryption (the Argon2id unlock would be most of each sync), the password
    // where libpq finds it.
    qputenv("PGPASSWORD", TeamServer::password(QStringLiteral("alice")).toUtf8());
    const QStringList laptops = {t.file(QStringLiteral("a.sqlite")),
                                 t.file(QStringLiteral("b.sqlite"))};
    for (const QString &laptop : laptops) {
        Database::open(laptop, t.clock).reset();
        REQUIRE(runSync(laptop, feed).exitCode == 0);
    }
    // How long a sync takes here: the stops fall anywhere within one.
    QElapsedTimer timer;
    timer.start();
    REQUIRE(runSync(laptops[0], feed).exitCode == 0);
    const qint64 syncMs = qMax<qint64>(timer.elapsed(), 50);
    std::mt19937 random(20211215);
    int failed = 0;
    const int stops = 20;
    for (int stop = 0; stop < stops; ++stop) {
        std::vector<std::unique_ptr<QProcess>> syncs;
        for (int laptop = 0; laptop < 2; ++laptop) {
            const QString csv = t.file(QStringLiteral("item.csv"));
            writeBytes(csv,
                       QStringLiteral("title\nlaptop %1 item %2\n").arg(laptop).arg(stop).toUtf8());
            REQUIRE(runCoalition({QStringLiteral("import"), QStringLiteral("actions"), csv,
                                  QStringLiteral("--db"), laptops[laptop]})
                        .exitCode == 0);
            syncs.push_back(std::make_unique<QProcess>());
            startSync(*syncs.back(), laptops[laptop], feed);
        }
        QThread::msleep(ulong(std::uniform_int_distribution<qint64>(0, syncMs * 3 / 2)(random)));
        server.pg.kill();
        for (const auto &sync : syncs) {
            REQUIRE(sync->waitForFinished(120000));
            failed += sync->exitCode() != 0;
        }
        for (const QString &laptop : laptops)
            REQUIRE(DatabaseContent::problems(laptop).isEmpty());
        server.pg.start();
    }
    WARN("syncs cut short by the server's stop: " << failed << " of " << 2 * stops);
    for (const QString &laptop : laptops + laptops)
        REQUIRE(runSync(laptop, feed).exitCode == 0);
    qunsetenv("PGPASSWORD");
    for (const QString &laptop : laptops)
        CHECK(ActionItemRepository(*Database::open(laptop, t.clock)).count() == 2 * stops);
    CHECK(dump(laptops[0], t.clock) == dump(laptops[1], t.clock));
}

TEST_CASE("Members: a second team keeps the member's password - a role that is not a member is "
          "left alone - a removed member's login is gone",
          "[sync][server]")
{
    TeamServer server;
    const ProcessRun again = server.owner({QStringLiteral("add-member"), QStringLiteral("alice"),
                                           QStringLiteral("--team"), QStringLiteral("la")});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QLatin1String("password")));
    const ProcessRun teams =
        server.psql(QStringLiteral("alice"), QStringLiteral("SELECT string_agg(name, ',' ORDER BY "
                                                            "name) FROM coalition.teams"));
    INFO(teams.err.toStdString());
    CHECK(teams.out.trimmed() == QLatin1String("la,nyc"));

    const ProcessRun someoneElse =
        server.owner({QStringLiteral("add-member"), QStringLiteral("owner"),
                      QStringLiteral("--team"), QStringLiteral("nyc")});
    CHECK(someoneElse.exitCode == 1);
    CHECK(someoneElse.err.contains(QLatin1String("is not a Coalition member")));

    const ProcessRun removed = server.owner({QStringLiteral("remove-member"), QStringLiteral("bo"),
                                             QStringLiteral("--team"), QStringLiteral("nyc")});
    INFO(removed.err.toStdString());
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.contains(QLatin1String("--rotate-key")));
    const ProcessRun bo = server.psql(QStringLiteral("bo"), QStringLiteral("SELECT 1"));
    CHECK(bo.exitCode != 0);
    const ProcessRun twice = server.owner({QStringLiteral("remove-member"), QStringLiteral("bo"),
                                           QStringLiteral("--team"), QStringLiteral("nyc")});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QLatin1String("is not a member of team nyc")));
    // alice leaves la and stays in nyc, login and all.
    REQUIRE(server
                .owner({QStringLiteral("remove-member"), QStringLiteral("alice"),
                        QStringLiteral("--team"), QStringLiteral("la")})
                .exitCode == 0);
    CHECK(
        server.psql(QStringLiteral("alice"), QStringLiteral("SELECT count(*) FROM coalition.teams"))
            .out.trimmed() == QLatin1String("1"));
}

TEST_CASE("A team server that keeps a sync waiting ends it with a message after the stall time - "
          "the database unchanged",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    const QString feed = server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    const QString a = server.laptopSyncedAsAlice(t);
    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    // Another session holds the team's row (as a stuck push would) for a minute.
    QProcess holder;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), PostgresServer::ownerPassword());
    holder.setProcessEnvironment(environment);
    holder.start(QStringLiteral("/usr/bin/psql"),
                 {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                  QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                  QString::number(server.pg.port()), QStringLiteral("-U"), QStringLiteral("owner"),
                  QStringLiteral("-d"), QStringLiteral("coalition"), QStringLiteral("-c"),
                  QStringLiteral("BEGIN; SELECT 1 FROM coalition.teams WHERE name = 'nyc' FOR "
                                 "UPDATE; SELECT pg_sleep(60);")});
    REQUIRE(holder.waitForStarted());
    // Until the lock is taken: the owner's session shows it waiting in pg_sleep.
    bool held = false;
    for (int wait = 0; wait < 100 && !held; ++wait) {
        held = server
                   .psql(QStringLiteral("owner"),
                         QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE "
                                        "'BEGIN; SELECT 1 FROM coalition.teams%'"))
                   .out.trimmed() == QLatin1String("1");
        if (!held)
            QThread::msleep(100);
    }
    REQUIRE(held);

    const QByteArray before = databaseBytes(a);
    FeedSync::Options options;
    options.feed = feed;
    options.serverPassword = TeamServer::password(QStringLiteral("alice"));
    options.passphrase = QStringLiteral("river stone lantern june");
    options.limits.transferTimeoutMs = 2000;
    {
        auto database = Database::open(a, t.clock);
        QElapsedTimer waited;
        waited.start();
        CHECK_THROWS_WITH(FeedSync::sync(*database, options),
                          Catch::Contains("kept this sync waiting too long"));
        CHECK(waited.elapsed() < 30000); // not the hour a stuck lock could last
    }
    CHECK(databaseBytes(a) == before);
    holder.kill();
    holder.waitForFinished();
}

TEST_CASE("On a team server a new passphrase re-locks the key without rewriting segments - a "
          "rotated key replaces the snapshot and the old passphrase opens nothing",
          "[sync][server]")
{
    TeamServer server;
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = server.pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    const QStringList alice = server.as(QStringLiteral("alice"));
    for (const QString &laptop : {a, b})
        REQUIRE(runSync(laptop, feed, alice).exitCode == 0);
    const auto rows = [&server] {
        return server
            .psql(QStringLiteral("owner"),
                  QStringLiteral("SELECT string_agg(segment_id || ':' || md5(bytes), ',' ORDER BY "
                                 "seq) FROM coalition.segments"))
            .out.trimmed();
    };
    const QString segmentsBefore = rows();
    const QString second = server.pg.secretFile(QStringLiteral("second.txt"),
                                                QStringLiteral("a second team passphrase"));
    const ProcessRun changed =
        runSync(a, feed, alice + QStringList{QStringLiteral("--new-passphrase-file"), second});
    INFO(changed.err.toStdString());
    REQUIRE(changed.exitCode == 0);
    CHECK(rows() == segmentsBefore); // the segments as they were, byte for byte
    const ProcessRun old = runSync(b, feed, alice);
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QLatin1String("does not open this feed")));
    QStringList withSecond = alice;
    withSecond.last() = second;
    REQUIRE(runSync(b, feed, withSecond).exitCode == 0);

    // Rotated: a new snapshot under a new key; the second passphrase opens nothing now.
    const QString third =
        server.pg.secretFile(QStringLiteral("third.txt"), QStringLiteral("after bo left the team"));
    const ProcessRun rotated =
        runSync(a, feed,
                withSecond + QStringList{QStringLiteral("--new-passphrase-file"), third,
                                         QStringLiteral("--rotate-key")});
    INFO(rotated.err.toStdString());
    REQUIRE(rotated.exitCode == 0);
    const QString segmentsAfter = rows();
    CHECK(segmentsAfter.count(QLatin1Char(':')) == 1); // one snapshot, nothing else
    CHECK_FALSE(segmentsBefore.contains(segmentsAfter.section(QLatin1Char(':'), 0, 0)));
    const ProcessRun shutOut = runSync(b, feed, withSecond);
    CHECK(shutOut.exitCode == 1);
    CHECK(shutOut.err.contains(QLatin1String("does not open this feed")));
    QStringList withThird = alice;
    withThird.last() = third;
    REQUIRE(runSync(b, feed, withThird).exitCode == 0);
    CHECK(dump(a, t.clock) == dump(b, t.clock));
}
