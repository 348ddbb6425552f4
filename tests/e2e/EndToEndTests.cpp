// The real coalition binary, run as a separate process the way scripts and users run it.
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace {

using Run = ProcessRun;

// The real program with its own home: it never touches the user's data folder or settings.
Run coalition(const QStringList &arguments, const QString &home)
{
    return runCoalition(arguments,
                        {QStringLiteral("HOME=") + home,
                         QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/data"),
                         QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/config"),
                         QStringLiteral("QT_QPA_PLATFORM=offscreen")});
}

int lineCount(const QString &text)
{
    return int(text.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
}

} // namespace

TEST_CASE("coalition demo then agenda lists the sample's open items around 2021-12-15", "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("x.sqlite"));
    const Run demo = coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path());
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QLatin1String("added")));
    CHECK(demo.err.isEmpty());

    const Run agenda = coalition({QStringLiteral("agenda"), QStringLiteral("--db"), db,
                                  QStringLiteral("--today"), QStringLiteral("2021-12-15")},
                                 home.path());
    CHECK(agenda.exitCode == 0);
    CHECK(agenda.out.startsWith(QLatin1String("Agenda for Wednesday 15 December 2021")));
    const int overdue = int(agenda.out.indexOf(QLatin1String("\nOverdue (")));
    const int week = int(agenda.out.indexOf(QLatin1String("\nThis week (")));
    const int later = int(agenda.out.indexOf(QLatin1String("\nLater (")));
    CHECK(overdue > 0);
    CHECK(week > overdue);
    CHECK(later > week);
    CHECK(agenda.out.contains(QLatin1String("2021-12-17  Call senators")));
    CHECK(agenda.out.contains(
        QLatin1String("2021-12-30  Attend a vigil on the anniversary of Christian Hall's death")));
    CHECK(agenda.out.contains(QStringLiteral("Justice for Christian Hall · owner: Field team")));
    // Done items (the 9/11 statement was signed) are not on the agenda.
    CHECK_FALSE(
        agenda.out.contains(QLatin1String("Sign the Asian American Leaders Table statement")));
}

TEST_CASE("coalition demo on an existing sample database adds nothing", "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
            0);
    const Run again = coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path());
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QLatin1String("added 0 sample records")));
}

TEST_CASE("coalition agenda --days limits the horizon and leaves undated items out", "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
            0);
    const Run week =
        coalition({QStringLiteral("agenda"), QStringLiteral("--db"), db, QStringLiteral("--today"),
                   QStringLiteral("2021-12-15"), QStringLiteral("--days"), QStringLiteral("7")},
                  home.path());
    CHECK(week.exitCode == 0);
    CHECK(week.out.contains(QLatin1String("(next 7 days)")));
    CHECK(week.out.contains(QLatin1String("Call senators")));
    CHECK_FALSE(week.out.contains(QLatin1String("Christian Hall")));
    CHECK_FALSE(week.out.contains(QLatin1String("No date")));
}

TEST_CASE("coalition agenda on a missing database fails with one clear line", "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("missing.sqlite"));
    const Run run = coalition({QStringLiteral("agenda"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 1);
    CHECK(lineCount(run.err) == 1);
    CHECK(run.err.contains(QLatin1String("No database at")));
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("coalition agenda with an impossible date fails with one clear line", "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
            0);
    const Run run = coalition({QStringLiteral("agenda"), QStringLiteral("--db"), db,
                               QStringLiteral("--today"), QStringLiteral("2021-02-30")},
                              home.path());
    CHECK(run.exitCode == 1);
    CHECK(lineCount(run.err) == 1);
    CHECK(run.err.contains(QLatin1String("\"2021-02-30\" is not a date")));
    CHECK(run.out.isEmpty());
}

TEST_CASE("coalition refuses a database from a newer Coalition and leaves it alone", "[e2e]")
{
    TestDatabase t;
    Statement(t.database->connection(), QStringLiteral("PRAGMA user_version = 7")).exec();
    t.close();
    const Run run =
        coalition({QStringLiteral("agenda"), QStringLiteral("--db"), t.path()}, t.dir.path());
    CHECK(run.exitCode == 1);
    CHECK(lineCount(run.err) == 1);
    CHECK(run.err.contains(QLatin1String("newer Coalition")));
    auto reopened = Database::open(t.path(), t.clock, Database::OpenMode::MustExist,
                                   Migrator({{7, QStringLiteral("future"),
                                              [](const QSqlDatabase &) {
                                              }}},
                                            Schema::applicationId));
    CHECK(reopened->schemaVersion() == 7);
}

TEST_CASE("Bad usage exits 2 - --help and --version exit 0", "[e2e]")
{
    QTemporaryDir home;
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("agendas")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("--colour")},
          QStringList{QStringLiteral("agenda"), QStringLiteral("--days"), QStringLiteral("soon")},
          QStringList{QStringLiteral("demo")}}) {
        const Run run = coalition(arguments, home.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QLatin1String("coalition --help")));
    }
    const Run help = coalition({QStringLiteral("--help")}, home.path());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QLatin1String("agenda")));
    const Run version = coalition({QStringLiteral("--version")}, home.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() ==
          QStringLiteral("coalition ") + QStringLiteral(COALITION_VERSION));
}

TEST_CASE("The window renders offscreen to a screenshot of the demo database", "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
            0);
    const QString png = home.filePath(QStringLiteral("window.png"));
    const Run run = coalition({QStringLiteral("--db"), db, QStringLiteral("--today"),
                               QStringLiteral("2021-12-15"), QStringLiteral("--screenshot"), png},
                              home.path());
    CHECK(run.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 800);
    CHECK(image.height() >= 500);
}

TEST_CASE("Settings live under the config folder's coalition - the old Unknown Organization "
          "file is moved there",
          "[e2e][settings]")
{
    QTemporaryDir home;
    const QString oldFile =
        home.filePath(QStringLiteral("config/Unknown Organization/coalition.conf"));
    const QString newFile = home.filePath(QStringLiteral("config/coalition/coalition.conf"));
    REQUIRE(QDir().mkpath(QFileInfo(oldFile).absolutePath()));
    {
        QFile old(oldFile);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("[General]\nauthor=Ana Organizer\n");
    }
    const QString db = home.filePath(QStringLiteral("x.sqlite"));
    REQUIRE(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
            0);
    const QString csv = home.filePath(QStringLiteral("people.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Name,Email\nRosa Campos,rosa@example.org\n");
    }
    const Run import = coalition(
        {QStringLiteral("import"), QStringLiteral("contacts"), csv, QStringLiteral("--db"), db},
        home.path());
    CHECK(import.err.isEmpty());
    REQUIRE(import.exitCode == 0);

    // The name the old file held is this laptop's author, read from its new place.
    CHECK_FALSE(QFile::exists(oldFile));
    REQUIRE(QFile::exists(newFile));
    CHECK(QFile::permissions(newFile) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser));
    TestDatabase reader;
    const auto database = Database::open(db, reader.clock, Database::OpenMode::MustExist);
    Statement query(database->connection(),
                    QStringLiteral("SELECT updated_by FROM contacts WHERE email = :email"));
    query.bind(QStringLiteral(":email"), QStringLiteral("rosa@example.org"));
    CHECK(query.scalar().toString() == QLatin1String("Ana Organizer"));
}
