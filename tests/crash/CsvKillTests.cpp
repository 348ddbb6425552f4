// SIGKILL at random moments of `coalition export` and `coalition import`: an export's
// path holds the old file, nothing, or the whole new export — never part of one; an
// import leaves the database whole and either untouched or fully imported.
#include "tests/crash/CrashTestSupport.h"
#include "tests/crash/KillRun.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/DatabaseContent.h"
#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace CrashTestSupport;

namespace {

QString exported(const QString &database, const QStringList &more)
{
    const ProcessRun run =
        runCoalition(QStringList{QStringLiteral("export"), QStringLiteral("actions"),
                                 QStringLiteral("--db"), database} +
                     more);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// The exported items with every title revised, and as many new items again, a tenth of
// them naming organizations the database does not know yet.
QByteArray revisedActions(const QString &database)
{
    const QStringList lines =
        exported(database,
                 {QStringLiteral("--raw"), QStringLiteral("--no-bom"), QStringLiteral("--columns"),
                  QStringLiteral("id,title,organization,status,owner")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QByteArray csv = lines.first().trimmed().toUtf8() + '\n';
    for (int i = 1; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        int titleStart = line.indexOf(QLatin1Char(',')) + 1;
        if (line.at(titleStart) == QLatin1Char('"'))
            ++titleStart; // inside a quoted title
        line.insert(titleStart, QStringLiteral("Revised "));
        csv += line.toUtf8() + '\n';
        csv += QStringLiteral(",New action %1,%2,todo,Field team\n")
                   .arg(i)
                   .arg(i % 10 == 0 ? QStringLiteral("New partner %1").arg(i) : QString())
                   .toUtf8();
    }
    return csv;
}

} // namespace

TEST_CASE("An export killed at random moments leaves the old file, no file, or the whole "
          "export at its path",
          "[crash]")
{
    QTemporaryDir work;
    const QString fresh = work.filePath(QStringLiteral("to-new-file"));
    const QString replacing = work.filePath(QStringLiteral("replacing-a-file"));
    REQUIRE(QDir().mkpath(fresh));
    REQUIRE(QDir().mkpath(replacing));
    const QString database = QDir(fresh).filePath(QStringLiteral("laptop.sqlite"));
    generate(database, 20000, 1);
    REQUIRE(QFile::copy(database, QDir(replacing).filePath(QStringLiteral("laptop.sqlite"))));
    const QByteArray oldExport =
        exported(database, {QStringLiteral("--columns"), QStringLiteral("title")}).toUtf8();
    writeBytes(QDir(replacing).filePath(QStringLiteral("actions.csv")), oldExport);
    const QSet<QString> ids = DatabaseContent::ids(database);
    const QStringList before = DatabaseContent::rows(database, ids);

    const QStringList arguments = {QStringLiteral("export"), QStringLiteral("actions"),
                                   QStringLiteral("--db"),   QStringLiteral("%1/laptop.sqlite"),
                                   QStringLiteral("--out"),  QStringLiteral("%1/actions.csv")};
    int landed = 0, leftOld = 0, none = 0, whole = 0, temporaryFiles = 0;
    for (const QString &templateFolder : {fresh, replacing}) {
        KillRun kills(templateFolder, work.filePath(QStringLiteral("run")), arguments);
        kills.runToCompletion();
        const QByteArray complete = fileBytes(kills.runFile(QStringLiteral("actions.csv")));
        REQUIRE(complete.count('\n') > 20000);
        const bool hadFile = templateFolder == replacing;
        for (int point = 0; point < killsPerOperation / 2 + (hadFile ? killsPerOperation % 2 : 0);
             ++point) {
            landed += kills.runAndKill();
            INFO(kills.describeLastKill());
            const QString path = kills.runFile(QStringLiteral("actions.csv"));
            if (!QFile::exists(path)) {
                REQUIRE_FALSE(hadFile);
                ++none;
            } else {
                const QByteArray now = fileBytes(path);
                REQUIRE((now == complete || (hadFile && now == oldExport)));
                now == complete ? ++whole : ++leftOld;
            }
            temporaryFiles +=
                leftoversBeside(kills.runFolder(), QStringLiteral("actions.csv")).size();
            // An export only reads; checking 20,000 items after every kill would take
            // minutes, so every tenth kill looks at the database too.
            if (point % 10 == 0) {
                const QString read = kills.runFile(QStringLiteral("laptop.sqlite"));
                requireSound(read);
                REQUIRE((DatabaseContent::rows(read, ids) == before));
            }
        }
    }
    std::printf("export: %d kills, %d landed; path held the old file %d, nothing %d, the whole "
                "export %d; unfinished temporary files left beside it %d\n",
                killsPerOperation, landed, leftOld, none, whole, temporaryFiles);
    CHECK(landed >= killsPerOperation / 2);
}

TEST_CASE("An import killed at random moments leaves the database untouched or fully imported",
          "[crash]")
{
    QTemporaryDir work;
    const QString templateFolder = work.filePath(QStringLiteral("template"));
    REQUIRE(QDir().mkpath(templateFolder));
    const QString laptop = QDir(templateFolder).filePath(QStringLiteral("laptop.sqlite"));
    generate(laptop, 1500, 1);
    addMarkerEdit(laptop, work.path());
    writeBytes(QDir(templateFolder).filePath(QStringLiteral("revised.csv")),
               revisedActions(laptop));

    KillRun kills(templateFolder, work.filePath(QStringLiteral("run")),
                  {QStringLiteral("import"), QStringLiteral("actions"),
                   QStringLiteral("%1/revised.csv"), QStringLiteral("--db"),
                   QStringLiteral("%1/laptop.sqlite")});
    const QString database = kills.runFile(QStringLiteral("laptop.sqlite"));
    const QSet<QString> ids = DatabaseContent::ids(laptop);
    const QStringList before = DatabaseContent::rows(laptop, ids);
    kills.runToCompletion();
    const QStringList after = DatabaseContent::rows(database, ids);
    REQUIRE(after.size() > before.size() + 1500);

    int landed = 0, asBefore = 0;
    for (int point = 0; point < killsPerOperation; ++point) {
        landed += kills.runAndKill();
        INFO(kills.describeLastKill());
        requireSound(database);
        const QStringList now = DatabaseContent::rows(database, ids);
        INFO(difference(after, now).toStdString());
        REQUIRE((now == before || now == after));
        REQUIRE(holdsMarker(now));
        asBefore += now == before;
    }
    std::printf("import: %d kills over %.2f s runs, %d landed; database as before %d, fully "
                "imported %d\n",
                killsPerOperation, kills.fullRunMicroseconds() / 1e6, landed, asBefore,
                killsPerOperation - asBefore);
    CHECK(landed >= killsPerOperation / 2);
}
