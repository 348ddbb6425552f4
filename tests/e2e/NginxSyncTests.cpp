// Sync through Debian's nginx with WebDAV, which ignores If-Match and If-None-Match on
// PUT: without its lock module Coalition must refuse to write there; with it, laptops
// sync safely under the lock. Every server runs on 127.0.0.1, started by the test.
#include "model/domain/SystemClock.h"
#include "model/records/ActionItemRepository.h"
#include "model/sync/HttpClient.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/NginxDavServer.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QNetworkRequest>
#include <QProcess>
#include <memory>
#include <vector>

namespace {

// Every sync of three laptops that each add an item and sync, rounds times, at once;
// returns the number of syncs that said they were done.
int threeLaptopsSyncing(const TestDatabase &t, const QString &feed, int rounds,
                        const QStringList &databases)
{
    const QString script = QStringLiteral(
        "for i in $(seq 1 %2); do\n"
        "  printf 'title\\nlaptop %1 item %s\\n' \"$i\" > \"$DIR/in%1.csv\"\n"
        "  \"$COALITION\" import actions \"$DIR/in%1.csv\" --db \"$DB\" > /dev/null || exit 2\n"
        "  if \"$COALITION\" sync --feed \"$FEED\" --db \"$DB\" --no-encryption >> "
        "\"$DIR/out%1.txt\" "
        "2>> \"$DIR/err%1.txt\"; then echo synced; fi\n"
        "done\n");
    const auto workers = startLaptopScripts(t, feed, databases, script, rounds);
    int synced = 0;
    for (auto &process : workers) {
        REQUIRE(process->waitForFinished(10 * 60 * 1000));
        REQUIRE(process->exitCode() == 0);
        synced += int(process->readAllStandardOutput().count("synced"));
    }
    return synced;
}

QNetworkRequest lockRequest(const HttpClient &client)
{
    QNetworkRequest request = client.newRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml"));
    request.setRawHeader("Depth", "0");
    return request;
}

const QByteArray lockBody = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                            "<D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/>"
                            "</D:lockscope><D:locktype><D:write/></D:locktype></D:lockinfo>";

// A folder made on the server by the test, open to nginx's workers (another user).
void makeServerFolder(const NginxDavServer &nginx, const QString &name)
{
    REQUIRE(QDir(nginx.documentRoot()).mkdir(name));
    REQUIRE(QFile::setPermissions(nginx.documentRoot() + QLatin1Char('/') + name,
                                  QFile::Permissions(0x7777)));
}

} // namespace

TEST_CASE("nginx without WebDAV locks ignores If-Match - every sync refuses before writing and "
          "names the server",
          "[sync][http][nginx]")
{
    NginxDavServer nginx(NginxDavServer::Locks::Off);
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString stored = nginx.documentRoot() + QStringLiteral("/team.feed");

    // No feed yet: creating it is refused too, and nothing is left on the server.
    const QByteArray databaseBefore = databaseBytes(a);
    const ProcessRun creating = runSync(a, nginx.url());
    INFO(creating.err.toStdString() << nginx.errorLog().toStdString());
    CHECK(creating.exitCode == 1);
    CHECK(creating.err.contains(QLatin1String("ignores If-Match")));
    CHECK(creating.err.contains(QLatin1String("nginx/")));
    CHECK(creating.err.contains(QLatin1String("dav_ext_lock")));
    CHECK(databaseBytes(a) == databaseBefore);
    CHECK(QDir(nginx.documentRoot()).isEmpty());

    // A feed the team made elsewhere, put on the server: Bo's synced edit is in it.
    const QString elsewhere = t.file(QStringLiteral("elsewhere.feed"));
    const SystemClock now;
    editVigil(b, now, QStringLiteral("Bo"),
              [](ActionItem &item) { item.notes = QStringLiteral("Bring candles"); });
    REQUIRE(runSync(b, elsewhere).exitCode == 0);
    writeBytes(stored, fileBytes(elsewhere));
    const QByteArray feedBefore = fileBytes(stored);

    // Three laptops, twenty rounds each, all at once: not one sync reports success, the
    // feed keeps Bo's edit byte for byte, and every laptop keeps its own items.
    const QString c = t.file(QStringLiteral("c.sqlite"));
    Database::open(c, t.clock).reset();
    const QStringList laptops{a, b, c};
    QVector<int> before;
    for (const QString &path : laptops)
        before << ActionItemRepository(*Database::open(path, t.clock)).count();
    CHECK(threeLaptopsSyncing(t, nginx.url(), 20, laptops) == 0);
    CHECK(fileBytes(stored) == feedBefore);
    QFile errors(t.file(QStringLiteral("err0.txt")));
    REQUIRE(errors.open(QIODevice::ReadOnly));
    const QByteArray said = errors.readAll();
    CHECK(said.count("ignores If-Match") == 20);
    for (int laptop = 0; laptop < 3; ++laptop)
        CHECK(ActionItemRepository(*Database::open(laptops[laptop], t.clock)).count() ==
              before[laptop] + 20);
    CHECK(QDir(nginx.documentRoot()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("team.feed")});
}

TEST_CASE("nginx with its WebDAV locks: three laptops syncing 20 times each at once lose no "
          "edit and never report a write that was replaced",
          "[sync][http][nginx]")
{
    NginxDavServer nginx(NginxDavServer::Locks::On);
    TestDatabase t;
    // Each sync holds nginx's lock from reading the feed to writing it; a write without
    // the lock's token is refused (423), so no laptop's sync replaces another's.
    const int retried = threeLaptopsEditAndSync(t, nginx.url(), 20);
    WARN("syncs that had to read and merge again: " << retried);
    CHECK(nginx.requests().contains(QLatin1String("LOCK 200")));
}

TEST_CASE("nginx with locks: a feed in a missing folder is reported as such and leaves no lock "
          "behind",
          "[sync][http][nginx]")
{
    NginxDavServer nginx(NginxDavServer::Locks::On);
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = nginx.url(QStringLiteral("coalition/team.feed"));
    const QByteArray before = databaseBytes(a);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const ProcessRun missing = runSync(a, feed);
        INFO(missing.err.toStdString());
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains(QStringLiteral("The folder %1 does not exist on the server")
                                       .arg(nginx.url(QStringLiteral("coalition/")))));
        CHECK_FALSE(missing.err.contains(QLatin1String("423")));
        CHECK_FALSE(missing.err.contains(QLatin1String("Another laptop")));
    }
    CHECK(databaseBytes(a) == before);
    // No LOCK was sent into the missing folder, so none is left to block the feed.
    CHECK_FALSE(nginx.requests().join(QLatin1Char(' ')).contains(QLatin1String("LOCK")));
    makeServerFolder(nginx, QStringLiteral("coalition"));
    const ProcessRun created = runSync(a, feed);
    INFO(created.err.toStdString() << nginx.errorLog().toStdString());
    CHECK(created.exitCode == 0);
    CHECK(created.out.contains(QLatin1String("The feed was created")));
    CHECK(runSync(b, feed).exitCode == 0);
}

TEST_CASE("nginx with locks: a lock left on a missing feed is reported as a leftover lock, not "
          "as another laptop syncing",
          "[sync][http][nginx]")
{
    NginxDavServer nginx(NginxDavServer::Locks::On);
    TestDatabase t;
    const QString a = twoLaptops(t).first;
    // What an older Coalition did: a LOCK in a folder that does not exist. nginx answers
    // 409 and keeps the lock all the same.
    const QString feed = nginx.url(QStringLiteral("coalition/team.feed"));
    HttpClient client{QUrl(feed), HttpClient::Limits{}};
    REQUIRE(client.send("LOCK", lockRequest(client), lockBody).status == 409);
    makeServerFolder(nginx, QStringLiteral("coalition"));
    const QByteArray before = databaseBytes(a);
    const ProcessRun blocked = runSync(a, feed);
    INFO(blocked.err.toStdString());
    CHECK(blocked.exitCode == 1);
    CHECK(blocked.err.contains(QLatin1String("holds a lock on it that no sync is using")));
    CHECK_FALSE(blocked.err.contains(QLatin1String("Another laptop")));
    CHECK(databaseBytes(a) == before);
    CHECK(QDir(nginx.documentRoot() + QStringLiteral("/coalition")).isEmpty());
}
