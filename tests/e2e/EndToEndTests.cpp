// The real coalition binary, run as a separate process the way scripts and users run it.
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <unistd.h>

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
    // The vigil is an event: its start in the laptop's time (the tests' is UTC).
    CHECK(agenda.out.contains(QLatin1String(
        "2021-12-30  23:00  Attend a vigil on the anniversary of Christian Hall's death")));
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
    Statement(t.database->connection(),
              QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1))
        .exec();
    t.close();
    const Run run =
        coalition({QStringLiteral("agenda"), QStringLiteral("--db"), t.path()}, t.dir.path());
    CHECK(run.exitCode == 1);
    CHECK(lineCount(run.err) == 1);
    CHECK(run.err.contains(QLatin1String("newer Coalition")));
    const int future = Schema::currentVersion() + 1;
    auto reopened = Database::open(t.path(), t.clock, Database::OpenMode::MustExist,
                                   Migrator({{future, QStringLiteral("future"),
                                              [](const QSqlDatabase &) {
                                              }}},
                                            Schema::applicationId));
    CHECK(reopened->schemaVersion() == future);
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
    for (const char *command :
         {"agenda", "demo", "export", "import", "intake", "sync", "server", "generate"})
        CHECK(help.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))));
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

TEST_CASE("coalition COMMAND --help prints that command's usage and only its options", "[e2e]")
{
    QTemporaryDir home;
    struct Expected
    {
        const char *command;
        const char *usage;
        QStringList has;
        QStringList hasNot;
    };
    const QVector<Expected> cases = {
        {"import",
         "Usage: coalition import contacts|organizations|actions|campaigns|partners FILE",
         {QStringLiteral("--dry-run"), QStringLiteral("--on-match"), QStringLiteral("--date-order"),
          QStringLiteral("--db")},
         {QStringLiteral("--feed"), QStringLiteral("--columns"), QStringLiteral("--screenshot")}},
        {"intake",
         "Usage: coalition intake FILE|-",
         {QStringLiteral("--dry-run"), QStringLiteral("--language"), QStringLiteral("--today"),
          QStringLiteral("--db")},
         {QStringLiteral("--on-match"), QStringLiteral("--feed"), QStringLiteral("--columns")}},
        {"sync",
         "Usage: coalition sync --feed PATH|URL",
         {QStringLiteral("--feed"), QStringLiteral("--passphrase-file"),
          QStringLiteral("--password-file"), QStringLiteral("--ca-file")},
         {QStringLiteral("--dry-run"), QStringLiteral("--days")}},
        {"agenda",
         "Usage: coalition agenda",
         {QStringLiteral("--days"), QStringLiteral("--today")},
         {QStringLiteral("--feed"), QStringLiteral("--on-match")}},
        {"export",
         "Usage: coalition export actions|organizations|contacts|campaigns|partners|ics|vcf",
         {QStringLiteral("--columns"), QStringLiteral("--campaign")},
         {QStringLiteral("--feed")}},
        {"server",
         "Usage: coalition server init|add-member NAME|remove-member NAME",
         {QStringLiteral("--server"), QStringLiteral("--team"), QStringLiteral("--ca-file")},
         {QStringLiteral("--feed"), QStringLiteral("--days")}},
        {"generate",
         "Usage: coalition generate --db PATH",
         {QStringLiteral("--actions"), QStringLiteral("--seed")},
         {QStringLiteral("--feed")}},
        {"demo",
         "Usage: coalition demo --db PATH",
         {QStringLiteral("--db")},
         {QStringLiteral("--feed")}},
    };
    for (const Expected &one : cases) {
        INFO(one.command);
        const Run run =
            coalition({QLatin1String(one.command), QStringLiteral("--help")}, home.path());
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(QLatin1String(one.usage)));
        for (const QString &option : one.has)
            CHECK(run.out.contains(option + QLatin1Char(' ')));
        for (const QString &option : one.hasNot)
            CHECK_FALSE(run.out.contains(option + QLatin1Char(' ')));
    }
    const Run unknown =
        coalition({QStringLiteral("agendas"), QStringLiteral("--help")}, home.path());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String("Unknown command \"agendas\"")));
}

TEST_CASE("An empty file given as --db is refused and left empty unless --create asks for a new "
          "database",
          "[e2e]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("empty.sqlite"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("agenda")},
          QStringList{QStringLiteral("export"), QStringLiteral("actions")},
          QStringList{QStringLiteral("import"), QStringLiteral("actions"), db},
          QStringList{QStringLiteral("sync"), QStringLiteral("--feed"),
                      home.filePath(QStringLiteral("feed"))},
          QStringList{QStringLiteral("--screenshot"), home.filePath(QStringLiteral("w.png"))}}) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        writeBytes(db, QByteArray());
        const Run run = coalition(arguments + QStringList{QStringLiteral("--db"), db}, home.path());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String("is empty (0 bytes)")));
        CHECK(run.err.contains(QLatin1String("--create")));
        CHECK(QFileInfo(db).size() == 0);
    }
    const Run create =
        coalition({QStringLiteral("--db"), db, QStringLiteral("--create"),
                   QStringLiteral("--screenshot"), home.filePath(QStringLiteral("w.png"))},
                  home.path());
    CHECK(create.exitCode == 0);
    CHECK(QFileInfo(db).size() > 0);
    const Run agenda =
        coalition({QStringLiteral("agenda"), QStringLiteral("--db"), db}, home.path());
    CHECK(agenda.exitCode == 0);
    CHECK(coalition({QStringLiteral("agenda"), QStringLiteral("--create")}, home.path()).exitCode ==
          2);
    writeBytes(db, QByteArray());
    CHECK(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
          0);
}

TEST_CASE("agenda and export read a database in a read-only folder - import says it cannot "
          "write there",
          "[e2e]")
{
    // Another user, for whom the folder is read-only (root may write anywhere); the
    // binary is copied where that user can reach it.
    QTemporaryDir home;
    QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                           QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                           QFileDevice::ExeGroup);
    const QString program = home.filePath(QStringLiteral("coalition"));
    REQUIRE(QFile::copy(QStringLiteral(COALITION_BINARY), program));
    const QStringList launcher =
        geteuid() == 0
            ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                          QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")}
            : QStringList();
    const QString folder = home.filePath(QStringLiteral("shared"));
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/coalition.sqlite");
    REQUIRE(coalition({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode ==
            0);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(db, readable));
    REQUIRE(QFile::setPermissions(folder, readable | enterable));
    const QByteArray before = databaseBytes(db);
    const QStringList environment = {QStringLiteral("HOME=/nonexistent"),
                                     QStringLiteral("XDG_DATA_HOME=/nonexistent"),
                                     QStringLiteral("XDG_CONFIG_HOME=/nonexistent")};

    const ProcessRun agenda =
        runCoalitionAs(program, launcher,
                       {QStringLiteral("agenda"), QStringLiteral("--db"), db,
                        QStringLiteral("--today"), QStringLiteral("2021-12-15")},
                       environment);
    CHECK(agenda.exitCode == 0);
    CHECK(agenda.err.isEmpty());
    CHECK(agenda.out.contains(QLatin1String("2021-12-17  Call senators")));
    const ProcessRun exported = runCoalitionAs(
        program, launcher,
        {QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"), db},
        environment);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.count(QLatin1Char('\n')) > 30);
    const QString csv = home.filePath(QStringLiteral("new.csv"));
    writeBytes(csv, "Title\nCall the mayor\n");
    QFile::setPermissions(csv, readable);
    const ProcessRun import = runCoalitionAs(
        program, launcher,
        {QStringLiteral("import"), QStringLiteral("actions"), csv, QStringLiteral("--db"), db},
        environment);
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QLatin1String("cannot be written")));
    CHECK_FALSE(import.err.contains(QLatin1String("unable to open")));
    CHECK(QDir(folder).entryList(QDir::Files) == QStringList{QStringLiteral("coalition.sqlite")});
    CHECK(databaseBytes(db) == before);
    QFile::setPermissions(folder, readable | enterable | QFileDevice::WriteOwner);
}
