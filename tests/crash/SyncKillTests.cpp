// SIGKILL at random moments of `coalition sync` with a shared feed file: the database
// is whole and either as before the sync or as after it, the feed is the old one or a
// complete new one, and the edit committed before the sync is there.
#include "tests/crash/CrashTestSupport.h"
#include "tests/crash/KillRun.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/DatabaseContent.h"
#include "tests/support/FeedContent.h"
#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace CrashTestSupport;

namespace {

QStringList withoutSyncLog(QStringList rows)
{
    rows.erase(std::remove_if(
                   rows.begin(), rows.end(),
                   [](const QString &row) { return row.startsWith(QLatin1String("sync_log\t")); }),
               rows.end());
    return rows;
}

} // namespace

TEST_CASE("A sync killed at random moments leaves the database and the feed whole, old or new",
          "[crash]")
{
    QTemporaryDir work;
    const QString templateFolder = work.filePath(QStringLiteral("template"));
    REQUIRE(QDir().mkpath(templateFolder));
    const QString feedName = QStringLiteral("team.feed");
    // Another laptop's records are in the feed; this laptop has its own and an edit.
    const QString other = work.filePath(QStringLiteral("other.sqlite"));
    generate(other, 800, 2);
    REQUIRE(runCoalition({QStringLiteral("sync"), QStringLiteral("--db"), other,
                          QStringLiteral("--feed"), QDir(templateFolder).filePath(feedName),
                          QStringLiteral("--create-feed"), QStringLiteral("--no-encryption")})
                .exitCode == 0);
    const QString laptop = QDir(templateFolder).filePath(QStringLiteral("laptop.sqlite"));
    generate(laptop, 1500, 1);
    addMarkerEdit(laptop, work.path());

    KillRun kills(templateFolder, work.filePath(QStringLiteral("run")),
                  {QStringLiteral("sync"), QStringLiteral("--db"),
                   QStringLiteral("%1/laptop.sqlite"), QStringLiteral("--feed"),
                   QStringLiteral("%1/") + feedName});
    const QString database = kills.runFile(QStringLiteral("laptop.sqlite"));
    const QString feed = kills.runFile(feedName);
    const QSet<QString> ids = DatabaseContent::ids(laptop);
    const QStringList before = DatabaseContent::rows(laptop, ids);
    const QByteArray oldFeed = fileBytes(QDir(templateFolder).filePath(feedName));
    kills.runToCompletion();
    const QStringList after = DatabaseContent::rows(database, ids);
    REQUIRE((after != before));
    const auto newFeedRecords = feedContent(fileBytes(feed)).size();
    REQUIRE(newFeedRecords > feedContent(oldFeed).size());

    int landed = 0, asBefore = 0, newFeeds = 0, leftovers = 0, recoveries = 0;
    for (int point = 0; point < killsPerOperation; ++point) {
        const bool killed = kills.runAndKill();
        INFO(kills.describeLastKill());
        landed += killed;
        requireSound(database);
        const QStringList now = DatabaseContent::rows(database, ids);
        INFO(difference(after, now).toStdString());
        REQUIRE((now == before || now == after));
        asBefore += now == before;
        REQUIRE(holdsMarker(now));

        const QByteArray feedNow = fileBytes(feed);
        if (feedNow != oldFeed) {
            FeedState state;
            REQUIRE_NOTHROW(state = feedContent(feedNow));
            REQUIRE(state.size() == newFeedRecords);
            ++newFeeds;
        }
        const QStringList beside = leftoversBeside(kills.runFolder(), feedName);
        leftovers += !beside.isEmpty();

        // The next sync after a crash works (a dead process's lock is stale at once, a
        // half-written temporary file is not taken for a copy to merge) and ends in the
        // state a sync that was never interrupted reaches.
        if (killed && (point % 5 == 0 || !beside.isEmpty())) {
            const ProcessRun again = runCoalition({QStringLiteral("sync"), QStringLiteral("--db"),
                                                   database, QStringLiteral("--feed"), feed});
            INFO(again.err.toStdString() << again.out.toStdString());
            REQUIRE(again.exitCode == 0);
            requireSound(database);
            REQUIRE(
                (withoutSyncLog(DatabaseContent::rows(database, ids)) == withoutSyncLog(after)));
            REQUIRE(feedContent(fileBytes(feed)).size() == newFeedRecords);
            ++recoveries;
        }
    }
    std::printf("sync: %d kills over %.2f s runs, %d landed; database as before %d, as after "
                "%d; new feed %d; lock or temporary file left %d; recovered %d of them\n",
                killsPerOperation, kills.fullRunMicroseconds() / 1e6, landed, asBefore,
                killsPerOperation - asBefore, newFeeds, leftovers, recoveries);
    CHECK(landed >= killsPerOperation / 2);
}
