// coalition intake as a real process: an alert read into the Inbox, printed as CSV with
// the action items' export columns; --dry-run writing nothing; standard input; errors.
#include "model/intake/InboxStore.h"
#include "model/interop/csv/CsvReader.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CatchQt.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/SampleDatabase.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace {

const QString seedPage = QStringLiteral(COALITION_INTAKE_DATA_DIR "/seed-page.txt");

QVector<QStringList> csvRows(const QString &text)
{
    CsvReader reader(text.toUtf8());
    QVector<QStringList> rows;
    while (reader.next())
        rows << reader.row();
    return rows;
}

// The row whose title starts so, as column → cell.
QHash<QString, QString> rowTitled(const QVector<QStringList> &rows, const QString &start)
{
    const QStringList header = rows.value(0);
    for (const QStringList &row : rows) {
        if (row.value(int(header.indexOf(QStringLiteral("title")))).startsWith(start)) {
            QHash<QString, QString> cells;
            for (int i = 0; i < header.size(); ++i)
                cells.insert(header.at(i), row.value(i));
            return cells;
        }
    }
    return {};
}

} // namespace

TEST_CASE("intake drafts the source page into the Inbox and prints them with the export's columns",
          "[e2e]")
{
    SampleDatabase sample;
    const ProcessRun intake = runCoalition(sample.args({QStringLiteral("intake"), seedPage}));
    CAPTURE(intake.err);
    REQUIRE(intake.exitCode == 0);
    const QVector<QStringList> rows = csvRows(intake.out);
    const ProcessRun exported =
        runCoalition(sample.args({QStringLiteral("export"), QStringLiteral("actions")}));
    REQUIRE(exported.exitCode == 0);
    CHECK(rows.value(0) == csvRows(exported.out).value(0)); // the same columns, in order
    CHECK(rows.size() > 10);

    const auto vigil = rowTitled(rows, QStringLiteral("Attend a vigil"));
    CHECK(vigil.value(QStringLiteral("due_date")) == QStringLiteral("2021-12-30"));
    CHECK(vigil.value(QStringLiteral("campaign")) == QStringLiteral("Justice for Christian Hall"));
    CHECK(vigil.value(QStringLiteral("kind")) == QStringLiteral("event"));
    const auto call = rowTitled(rows, QStringLiteral("Call Governor Kathy Hochul"));
    CHECK(call.value(QStringLiteral("organization")) ==
          QStringLiteral("DRUM – Desis Rising Up & Moving"));
    const auto training = rowTitled(rows, QStringLiteral("Register for Bystander"));
    CHECK(training.value(QStringLiteral("due_date")) == QStringLiteral("2021-09-30"));
    CHECK(training.value(QStringLiteral("notes")) == QStringLiteral("in August and September"));

    // The drafts wait in the Inbox; the same page again adds nothing.
    sample.t.reopen();
    const int drafts = int(InboxStore(*sample.t.database).list().size());
    CHECK(drafts == rows.size() - 1);
    sample.t.close();
    const ProcessRun again = runCoalition(sample.args({QStringLiteral("intake"), seedPage}));
    CHECK(again.out == intake.out);
    sample.t.reopen();
    CHECK(InboxStore(*sample.t.database).list().size() == drafts);
}

TEST_CASE("intake --dry-run prints the drafts and leaves the database as it was", "[e2e]")
{
    SampleDatabase sample;
    const QByteArray before = databaseBytes(sample.t.path());
    const ProcessRun dry =
        runCoalition(sample.args({QStringLiteral("intake"), seedPage, QStringLiteral("--dry-run")}),
                     {QStringLiteral("LANGUAGE=en")});
    CAPTURE(dry.err);
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.err.contains(QStringLiteral("nothing added")));
    CHECK(csvRows(dry.out).size() > 10);
    CHECK(databaseBytes(sample.t.path()) == before);
}

TEST_CASE("intake reads an alert from standard input in its own language", "[e2e]")
{
    SampleDatabase sample;
    QProcess process;
    process.setStandardInputFile(
        QStringLiteral(COALITION_INTAKE_DATA_DIR "/held-out/4-spanish.txt"));
    process.start(QStringLiteral(COALITION_BINARY),
                  sample.args({QStringLiteral("intake"), QStringLiteral("-")}));
    REQUIRE(process.waitForFinished(60000));
    CAPTURE(QString::fromUtf8(process.readAllStandardError()));
    REQUIRE(process.exitCode() == 0);
    const QVector<QStringList> rows = csvRows(QString::fromUtf8(process.readAllStandardOutput()));
    const auto assembly = rowTitled(rows, QStringLiteral("Asista a la asamblea comunitaria"));
    CHECK(assembly.value(QStringLiteral("due_date")) == QStringLiteral("2022-01-04"));
    // 6 de la tarde, Eastern time in winter, stored in UTC.
    CHECK(assembly.value(QStringLiteral("event_start")).startsWith(QStringLiteral("2022-01-04T")));
    CHECK(rowTitled(rows, QStringLiteral("Firme la petición")).value(QStringLiteral("due_date")) ==
          QStringLiteral("2022-01-10"));
}

TEST_CASE("intake refuses what it cannot do with a clear message and writes nothing", "[e2e]")
{
    SampleDatabase sample;
    const QByteArray before = databaseBytes(sample.t.path());
    const ProcessRun noFile = runCoalition(sample.args({QStringLiteral("intake")}));
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("intake needs a file")));
    const ProcessRun missing = runCoalition(
        sample.args({QStringLiteral("intake"), sample.t.file(QStringLiteral("none.txt"))}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Cannot read")));
    const ProcessRun language = runCoalition(sample.args(
        {QStringLiteral("intake"), seedPage, QStringLiteral("--language"), QStringLiteral("fr")}));
    CHECK(language.exitCode == 2);
    CHECK(language.err.contains(QStringLiteral("--language takes one of: en, es")));
    const ProcessRun elsewhere = runCoalition(sample.args(
        {QStringLiteral("agenda"), QStringLiteral("--language"), QStringLiteral("en")}));
    CHECK(elsewhere.exitCode == 2);
    CHECK(elsewhere.err.contains(QStringLiteral("--language belongs to the intake command")));
    const QString binary = sample.t.file(QStringLiteral("binary.txt"));
    writeBytes(binary, QByteArray("\xff\xfe\x00\x01 not text", 14));
    const ProcessRun notText = runCoalition(sample.args({QStringLiteral("intake"), binary}));
    CHECK(notText.exitCode == 1);
    CHECK(notText.err.contains(QStringLiteral("is not text in UTF-8")));
    CHECK(databaseBytes(sample.t.path()) == before);
}
