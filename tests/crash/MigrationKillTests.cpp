// SIGKILL at random moments of the upgrade of a schema 3 database (its backup, then the
// rebuild of the search index): the file is whole, at schema 3 or the current one, with
// every record; a backup beside it is complete or absent, never half written.
#include "model/storage/schema/Migrator.h"
#include "model/storage/schema/Schema.h"
#include "tests/crash/CrashTestSupport.h"
#include "tests/crash/KillRun.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/DatabaseContent.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace CrashTestSupport;

TEST_CASE("A schema upgrade killed at random moments leaves the old or the upgraded database, "
          "with every record",
          "[crash]")
{
    TestDatabase t;
    const QString templateFolder = t.file(QStringLiteral("template"));
    REQUIRE(QDir().mkpath(templateFolder));
    const QString old = QDir(templateFolder).filePath(QStringLiteral("old.sqlite"));
    {
        auto database = Database::open(old, t.clock, Database::OpenMode::CreateIfMissing,
                                       migratorUpTo(3), catalogueUpTo(3));
        generateActionItems(*database, 8000);
    }
    REQUIRE(DatabaseContent::schemaVersion(old) == 3);
    const QSet<QString> ids = DatabaseContent::ids(old);
    // The record columns steps 7 and 8 add (all-day events, repeating items): not in
    // the schema 3 rows the upgraded ones are compared with.
    const QStringList added = {QStringLiteral("all_day"), QStringLiteral("recurrence"),
                               QStringLiteral("series_start")};
    const QStringList records = DatabaseContent::rows(old, ids);

    KillRun kills(templateFolder, t.file(QStringLiteral("run")),
                  {QStringLiteral("agenda"), QStringLiteral("--days"), QStringLiteral("1"),
                   QStringLiteral("--db"), QStringLiteral("%1/old.sqlite")});
    const QString database = kills.runFile(QStringLiteral("old.sqlite"));
    kills.runToCompletion();
    REQUIRE(DatabaseContent::schemaVersion(database) == Schema::currentVersion());
    REQUIRE((DatabaseContent::rows(database, ids, added) == records));

    int landed = 0, upgraded = 0, backups = 0, unfinishedCopies = 0, recoveries = 0;
    for (int point = 0; point < killsPerOperation; ++point) {
        landed += kills.runAndKill();
        INFO(kills.describeLastKill());
        requireSound(database);
        const int version = DatabaseContent::schemaVersion(database);
        // Each step is a transaction of its own: a kill leaves a whole step's version.
        REQUIRE((version >= 3 && version <= Schema::currentVersion()));
        upgraded += version == Schema::currentVersion();
        REQUIRE((DatabaseContent::rows(database, ids, added) == records));

        // A backup is the copy a person restores from: whole or not there at all.
        for (const QString &name :
             leftoversBeside(kills.runFolder(), QStringLiteral("old.sqlite"))) {
            if (!name.contains(QLatin1String(".bak")))
                continue; // SQLite's -wal and -shm
            if (name.contains(QLatin1String(".partial"))) {
                ++unfinishedCopies; // a copy killed halfway, under a name that says so
                continue;
            }
            INFO("backup " << name.toStdString());
            const QString backup = kills.runFile(name);
            REQUIRE(name.endsWith(QLatin1String(".v3.bak")));
            requireSound(backup);
            REQUIRE(DatabaseContent::schemaVersion(backup) == 3);
            REQUIRE((DatabaseContent::rows(backup, ids, added) == records));
            ++backups;
        }
        if (point % 5 == 0) { // the next start finishes the upgrade
            const ProcessRun again =
                runCoalition({QStringLiteral("agenda"), QStringLiteral("--db"), database,
                              QStringLiteral("--days"), QStringLiteral("1")});
            INFO(again.err.toStdString());
            REQUIRE(again.exitCode == 0);
            REQUIRE(DatabaseContent::schemaVersion(database) == Schema::currentVersion());
            REQUIRE((DatabaseContent::rows(database, ids, added) == records));
            REQUIRE(leftoversBeside(kills.runFolder(), QStringLiteral("old.sqlite"))
                        .filter(QStringLiteral(".partial"))
                        .isEmpty());
            ++recoveries;
        }
    }
    std::printf(
        "migration: %d kills over %.2f s runs, %d landed; upgraded %d, still schema 3 "
        "%d; complete backups checked %d, unfinished copies (.partial) left %d; restarts that "
        "finished the upgrade %d\n",
        killsPerOperation, kills.fullRunMicroseconds() / 1e6, landed, upgraded,
        killsPerOperation - upgraded, backups, unfinishedCopies, recoveries);
    CHECK(landed >= killsPerOperation / 2);
}
