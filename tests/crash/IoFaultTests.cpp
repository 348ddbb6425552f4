// Faults of the disk and the file system under a real `coalition` process: a full disk
// (a small tmpfs), a read-only feed folder, files the user may not read or write, a feed
// that disappears during a sync, a database another program holds. Each ends with exit
// status 1, one clear line on stderr, and nothing lost: the database whole and as it
// was, the feed and any earlier export untouched.
#include "tests/crash/CrashTestSupport.h"
#include "tests/crash/KillRun.h"
#include "tests/crash/ScratchMount.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/DatabaseContent.h"
#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace CrashTestSupport;

namespace {

// Exit status 1 and one line on stderr that says what happened in words (not Qt's
// "Unknown error" nor a raw SQL error), naming the expected cause.
void requireClearFailure(const ProcessRun &run, const QString &cause)
{
    INFO("stderr: " << run.err.toStdString());
    REQUIRE(run.exitCode == 1);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 1);
    REQUIRE(lines.first().startsWith(QLatin1String("coalition: ")));
    REQUIRE_FALSE(run.err.contains(QLatin1String("Unknown error")));
    REQUIRE_FALSE(run.err.contains(QLatin1String("Database error")));
    REQUIRE(run.err.contains(cause, Qt::CaseInsensitive));
}

// Runs coalition as a user without root's power to ignore file permissions (nobody,
// when the tests run as root, as CI does; the user itself otherwise). nobody may not be
// able to reach the build folder (a clone in /root), so it runs a copy of the program
// from a folder of its own.
ProcessRun runUnprivileged(const QStringList &arguments)
{
    if (geteuid() != 0)
        return runCoalition(arguments);
    QTemporaryDir programFolder;
    REQUIRE(QFile::setPermissions(programFolder.path(), QFileDevice::Permissions(0x7755)));
    const QString program = programFolder.filePath(QStringLiteral("coalition"));
    REQUIRE(QFile::copy(QStringLiteral(COALITION_BINARY), program));
    REQUIRE(QFile::setPermissions(program, QFileDevice::Permissions(0x7755)));
    QProcess process;
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), program} +
                      arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray manyNewActions(int count)
{
    QByteArray csv = "title,owner,status\n";
    for (int i = 0; i < count; ++i)
        csv += "Imported action " + QByteArray::number(i) + ",Field team,todo\n";
    return csv;
}

ProcessRun sync(const QString &database, const QString &feed)
{
    return runCoalition(
        {QStringLiteral("sync"), QStringLiteral("--db"), database, QStringLiteral("--feed"), feed});
}

// A laptop with its own records and a committed edit, and a team feed written by
// another laptop: the starting point of the sync faults.
struct TwoLaptops
{
    explicit TwoLaptops(const QString &folder, const QString &feedPath)
        : laptop(QDir(folder).filePath(QStringLiteral("laptop.sqlite"))), feed(feedPath)
    {
        const QString other = QDir(folder).filePath(QStringLiteral("other.sqlite"));
        generate(other, 200, 2);
        REQUIRE(runCoalition({QStringLiteral("sync"), QStringLiteral("--db"), other,
                              QStringLiteral("--feed"), feed, QStringLiteral("--create-feed"),
                              QStringLiteral("--no-encryption")})
                    .exitCode == 0);
        generate(laptop, 1500, 1);
        addMarkerEdit(laptop, folder);
        ids = DatabaseContent::ids(laptop);
        before = DatabaseContent::rows(laptop, ids);
        oldFeed = fileBytes(feed);
    }
    void requireUnchanged() const
    {
        requireSound(laptop);
        const QStringList now = DatabaseContent::rows(laptop, ids);
        INFO(difference(before, now).toStdString());
        REQUIRE((now == before));
        REQUIRE(holdsMarker(now));
        REQUIRE(fileBytes(feed) == oldFeed);
    }
    QString laptop;
    QString feed;
    QSet<QString> ids;
    QStringList before;
    QByteArray oldFeed;
};

} // namespace

TEST_CASE("A full disk stops an export with a clear message and no partial file", "[fault]")
{
    QTemporaryDir work;
    const QString database = work.filePath(QStringLiteral("laptop.sqlite"));
    generate(database, 3000, 1);
    ScratchMount disk(work.filePath(QStringLiteral("small-disk")), 128 * 1024);
    const QString out = QDir(disk.folder()).filePath(QStringLiteral("actions.csv"));
    const QStringList exportToDisk = {QStringLiteral("export"), QStringLiteral("actions"),
                                      QStringLiteral("--db"),   database,
                                      QStringLiteral("--out"),  out};

    requireClearFailure(runCoalition(exportToDisk), QStringLiteral("disk is full"));
    CHECK(QDir(disk.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Replacing an earlier export: it stays as it was.
    const QByteArray earlier = "title\nAn earlier export\n";
    writeBytes(out, earlier);
    requireClearFailure(runCoalition(exportToDisk), QStringLiteral("disk is full"));
    CHECK(fileBytes(out) == earlier);
    CHECK(QDir(disk.folder()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("A full disk stops an import - the database stays whole and unchanged", "[fault]")
{
    QTemporaryDir work;
    const QString original = work.filePath(QStringLiteral("laptop.sqlite"));
    generate(original, 300, 1);
    addMarkerEdit(original, work.path());
    const QString csv = work.filePath(QStringLiteral("new-actions.csv"));
    writeBytes(csv, manyNewActions(6000));
    // Room for the database and a little more: the import's writes run out of it.
    ScratchMount disk(work.filePath(QStringLiteral("small-disk")),
                      QFileInfo(original).size() + 160 * 1024);
    const QString database = QDir(disk.folder()).filePath(QStringLiteral("laptop.sqlite"));
    REQUIRE(QFile::copy(original, database));
    const QSet<QString> ids = DatabaseContent::ids(database);
    const QStringList before = DatabaseContent::rows(database, ids);

    requireClearFailure(runCoalition({QStringLiteral("import"), QStringLiteral("actions"), csv,
                                      QStringLiteral("--db"), database}),
                        QStringLiteral("is full"));
    requireSound(database);
    const QStringList after = DatabaseContent::rows(database, ids);
    INFO(difference(before, after).toStdString());
    CHECK((after == before));
    CHECK(holdsMarker(after));
    // And it still opens and reads.
    CHECK(runCoalition({QStringLiteral("agenda"), QStringLiteral("--db"), database}).exitCode == 0);
}

TEST_CASE("A full disk under the feed stops a sync - the old feed and the database stay", "[fault]")
{
    QTemporaryDir work;
    const QString staging = work.filePath(QStringLiteral("team.feed"));
    TwoLaptops laptops(work.path(), staging);
    // The feed on a disk with room for it and little more: the merged feed, with this
    // laptop's 1,500 items, does not fit.
    ScratchMount disk(work.filePath(QStringLiteral("small-disk")),
                      laptops.oldFeed.size() + 64 * 1024);
    laptops.feed = QDir(disk.folder()).filePath(QStringLiteral("team.feed"));
    writeBytes(laptops.feed, laptops.oldFeed);

    requireClearFailure(sync(laptops.laptop, laptops.feed), QStringLiteral("disk is full"));
    laptops.requireUnchanged();
}

TEST_CASE("A read-only feed folder stops a sync with a clear message and changes nothing",
          "[fault]")
{
    QTemporaryDir work;
    const QString staging = work.filePath(QStringLiteral("team.feed"));
    TwoLaptops laptops(work.path(), staging);
    ScratchMount share(work.filePath(QStringLiteral("share")), 64 * 1024 * 1024);
    laptops.feed = QDir(share.folder()).filePath(QStringLiteral("team.feed"));
    writeBytes(laptops.feed, laptops.oldFeed);
    share.makeReadOnly();

    requireClearFailure(sync(laptops.laptop, laptops.feed), QStringLiteral("read-only"));
    laptops.requireUnchanged();
}

TEST_CASE("Files the user may not read or write give a clear error and change nothing", "[fault]")
{
    QTemporaryDir work;
    // The unprivileged user reaches the folder and may write the database and the feed.
    REQUIRE(QFile::setPermissions(work.path(), QFileDevice::Permissions(0x7777)));
    TwoLaptops laptops(work.path(), work.filePath(QStringLiteral("team.feed")));
    const QFileDevice::Permissions everyone(0x6666);
    REQUIRE(QFile::setPermissions(laptops.laptop, everyone));
    REQUIRE(QFile::setPermissions(laptops.feed, everyone));

    SECTION("a feed the user may not read")
    {
        REQUIRE(QFile::setPermissions(laptops.feed, QFileDevice::Permissions()));
        requireClearFailure(
            runUnprivileged({QStringLiteral("sync"), QStringLiteral("--db"), laptops.laptop,
                             QStringLiteral("--feed"), laptops.feed}),
            QStringLiteral("permission denied"));
        REQUIRE(QFile::setPermissions(laptops.feed, everyone));
    }
    SECTION("an export into a folder the user may not write")
    {
        const QString locked = work.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(locked));
        REQUIRE(QFile::setPermissions(locked, QFileDevice::Permissions(0x5555)));
        requireClearFailure(
            runUnprivileged({QStringLiteral("export"), QStringLiteral("actions"),
                             QStringLiteral("--db"), laptops.laptop, QStringLiteral("--out"),
                             QDir(locked).filePath(QStringLiteral("a.csv"))}),
            QStringLiteral("permission denied"));
        CHECK(QDir(locked).isEmpty());
    }
    SECTION("a database file the user may only read")
    {
        REQUIRE(QFile::setPermissions(laptops.laptop, QFileDevice::Permissions(0x4444)));
        const QString csv = work.filePath(QStringLiteral("new-actions.csv"));
        writeBytes(csv, manyNewActions(10));
        requireClearFailure(runUnprivileged({QStringLiteral("import"), QStringLiteral("actions"),
                                             csv, QStringLiteral("--db"), laptops.laptop}),
                            QStringLiteral("cannot be written"));
        REQUIRE(QFile::setPermissions(laptops.laptop, everyone));
    }
    laptops.requireUnchanged();
}

TEST_CASE("A feed that vanishes during a sync is reported, and nothing is lost", "[fault]")
{
    QTemporaryDir work;
    // Set up where the syncs will run (a laptop knows its feed by its path), then kept
    // aside as the template each attempt starts from.
    const QString run = work.filePath(QStringLiteral("run"));
    const QString templateFolder = work.filePath(QStringLiteral("template"));
    REQUIRE(QDir().mkpath(run));
    REQUIRE(QDir().mkpath(templateFolder));
    TwoLaptops laptops(run, QDir(run).filePath(QStringLiteral("team.feed")));
    // The laptop already syncs with the feed; since then the other laptop added 500 items.
    REQUIRE(sync(laptops.laptop, laptops.feed).exitCode == 0);
    const QString other = QDir(run).filePath(QStringLiteral("other.sqlite"));
    const QString csv = work.filePath(QStringLiteral("new-actions.csv"));
    writeBytes(csv, manyNewActions(500));
    REQUIRE(runCoalition({QStringLiteral("import"), QStringLiteral("actions"), csv,
                          QStringLiteral("--db"), other})
                .exitCode == 0);
    REQUIRE(sync(other, laptops.feed).exitCode == 0);
    const QSet<QString> ids = DatabaseContent::ids(laptops.laptop);
    const QStringList before = DatabaseContent::rows(laptops.laptop, ids);
    const QStringList files = {QStringLiteral("laptop.sqlite"), QStringLiteral("team.feed")};
    for (const QString &name : files)
        REQUIRE(QFile::copy(QDir(run).filePath(name), QDir(templateFolder).filePath(name)));
    KillRun interrupted(templateFolder, run,
                        {QStringLiteral("sync"), QStringLiteral("--db"),
                         QStringLiteral("%1/laptop.sqlite"), QStringLiteral("--feed"),
                         QStringLiteral("%1/team.feed")});
    const QString database = interrupted.runFile(QStringLiteral("laptop.sqlite"));
    const QString feed = interrupted.runFile(QStringLiteral("team.feed"));
    interrupted.runToCompletion();
    const QStringList after = DatabaseContent::rows(database, ids);
    REQUIRE((after != before));

    int refused = 0, finished = 0;
    const int tries = 20;
    for (int attempt = 0; attempt < tries; ++attempt) {
        // The shared folder was unmounted, or someone deleted the file.
        const ProcessRun ended =
            interrupted.runAndInterrupt([&feed](QProcess &) { QFile::remove(feed); });
        INFO("seed " << interrupted.seed() << ", removed after "
                     << interrupted.lastDelayMicroseconds() << " µs of "
                     << interrupted.fullRunMicroseconds());
        requireSound(database);
        const QStringList now = DatabaseContent::rows(database, ids);
        REQUIRE(holdsMarker(now));
        INFO("stdout: " << ended.out.toStdString() << "stderr: " << ended.err.toStdString());
        if (ended.exitCode == 0) {
            INFO(difference(after, now).toStdString());
            REQUIRE((now == after)); // the sync had read the feed; its merge is complete
            ++finished;
        } else {
            requireClearFailure(ended, QStringLiteral("feed"));
            REQUIRE((now == before));
            ++refused;
        }
    }
    std::printf("feed removed during sync: %d tries; refused with the database unchanged %d, "
                "finished the merge %d\n",
                tries, refused, finished);
}

TEST_CASE("A database another program holds gives a clear error and changes nothing", "[fault]")
{
    QTemporaryDir work;
    TwoLaptops laptops(work.path(), work.filePath(QStringLiteral("team.feed")));
    QProcess holder; // the sqlite3 shell with a write transaction open
    holder.start(QStringLiteral("sqlite3"), {laptops.laptop});
    REQUIRE(holder.waitForStarted());
    holder.write("BEGIN IMMEDIATE;\nSELECT 'holding';\n");
    REQUIRE(holder.waitForReadyRead(10000));
    REQUIRE(holder.readAllStandardOutput().contains("holding"));

    const QString csv = work.filePath(QStringLiteral("new-actions.csv"));
    writeBytes(csv, manyNewActions(10));
    requireClearFailure(runCoalition({QStringLiteral("import"), QStringLiteral("actions"), csv,
                                      QStringLiteral("--db"), laptops.laptop}),
                        QStringLiteral("in use by another program"));
    requireClearFailure(sync(laptops.laptop, laptops.feed),
                        QStringLiteral("in use by another program"));

    holder.write("ROLLBACK;\n.quit\n");
    REQUIRE(holder.waitForFinished(10000));
    laptops.requireUnchanged();
    // Once the other program lets go, the same import goes through.
    CHECK(runCoalition({QStringLiteral("import"), QStringLiteral("actions"), csv,
                        QStringLiteral("--db"), laptops.laptop})
              .exitCode == 0);
}
