// coalition export as a real process, its files read back by an independent reader:
// Python's csv module.
#include "model/domain/RecurrenceRule.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace {

int coalition(const QStringList &arguments, QString *err = nullptr)
{
    const ProcessRun run = runCoalition(arguments);
    if (err)
        *err = run.err;
    return run.exitCode;
}

// Every row of a CSV file as Python's csv module reads it.
QVector<QStringList> pythonRows(const QString &path, const QString &delimiter)
{
    static const char *script = "import csv, json, sys\n"
                                "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                "    rows = list(csv.reader(f, delimiter=sys.argv[2]))\n"
                                "json.dump(rows, sys.stdout)\n";
    QProcess python;
    python.start(QStringLiteral(COALITION_PYTHON),
                 {QStringLiteral("-c"), QString::fromLatin1(script), path, delimiter});
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitCode() == 0);
    QVector<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << cell.toString();
        rows << cells;
    }
    return rows;
}

struct Exported
{
    TestDatabase t;
    QString hostileId;

    Exported()
    {
        SampleDataLoader::load(*t.database);
        ActionItem item;
        item.title = QStringLiteral("=HYPERLINK(\"http://evil.example\";\"click\")");
        item.notes =
            QStringLiteral("Line one, with a comma\r\nLine \"two\" 🙏🏽 \u202Eright-to-left");
        item.owner = QStringLiteral("-Field team");
        hostileId = ActionItemRepository(*t.database).create(item).id;
        t.close(); // the process opens the file itself
    }
};

} // namespace

TEST_CASE("Exported action items read back cell for cell with Python's csv module", "[export]")
{
    Exported e;
    const QString path = e.t.file(QStringLiteral("actions.csv"));
    REQUIRE(coalition({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"),
                       e.t.path(), QStringLiteral("--out"), path}) == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(3) == QByteArray("\xEF\xBB\xBF"));

    const QVector<QStringList> rows = pythonRows(path, QStringLiteral(","));
    e.t.reopen();
    const QVector<ActionItem> items = ActionItemRepository(*e.t.database).list(ActionItemFilter());
    REQUIRE(rows.size() == items.size() + 1);
    const QStringList header = rows.first();
    CHECK(header.first() == QLatin1String("id"));
    CampaignRepository campaigns(*e.t.database);
    OrganizationRepository organizations(*e.t.database);
    for (int i = 1; i < rows.size(); ++i) {
        const auto item = ActionItemRepository(*e.t.database).get(rows[i].first());
        REQUIRE(item);
        REQUIRE(rows[i].size() == header.size());
        const auto campaign = campaigns.get(item->campaignId);
        const auto organization = organizations.get(item->organizationId);
        auto instant = [](const QDateTime &t) {
            return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
        };
        // Every cell, as stored; cells a spreadsheet would run as formulas get a '.
        const QHash<QString, QString> expected = {
            {QStringLiteral("id"), item->id},
            {QStringLiteral("title"), item->title},
            {QStringLiteral("kind"), item->kind},
            {QStringLiteral("campaign"), campaign ? campaign->name : QString()},
            {QStringLiteral("organization"), organization ? organization->name : QString()},
            {QStringLiteral("owner"), item->owner},
            {QStringLiteral("due_date"), item->dueDate.toString(Qt::ISODate)},
            {QStringLiteral("event_start"), instant(item->eventStart)},
            {QStringLiteral("event_end"), instant(item->eventEnd)},
            {QStringLiteral("all_day"), item->allDay ? QStringLiteral("yes") : QString()},
            {QStringLiteral("recurrence"),
             item->recurrence.isEmpty()
                 ? QString()
                 : RecurrenceRule::fromText(item->recurrence).describe() + QStringLiteral(" [") +
                       item->recurrence + QLatin1Char(']')},
            {QStringLiteral("series_start"), item->seriesStart.toString(Qt::ISODate)},
            {QStringLiteral("location"), item->location},
            {QStringLiteral("status"), item->status},
            {QStringLiteral("priority"), item->priority},
            {QStringLiteral("link"), item->link},
            {QStringLiteral("notes"), item->notes},
            {QStringLiteral("tags"), item->tags.join(QStringLiteral(", "))},
            {QStringLiteral("completed_at"), item->completedAt},
            {QStringLiteral("created_at"), item->createdAt},
            {QStringLiteral("updated_at"), item->updatedAt},
            {QStringLiteral("updated_by"), item->updatedBy},
        };
        REQUIRE(expected.size() == header.size());
        for (int column = 0; column < header.size(); ++column) {
            QString want = expected.value(header[column]);
            if (!want.isEmpty() && QStringLiteral("=+-@\t\r").contains(want.front()))
                want.prepend(QLatin1Char('\''));
            INFO(header[column].toStdString());
            CHECK(rows[i][column] == want);
        }
        if (item->id == e.hostileId)
            CHECK(rows[i][int(header.indexOf(QStringLiteral("title")))].startsWith(
                QLatin1String("'=")));
    }
}

TEST_CASE("Export filters and options: columns - semicolons - no BOM - raw", "[export]")
{
    Exported e;
    const QString path = e.t.file(QStringLiteral("pathway.csv"));
    REQUIRE(coalition({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"),
                       e.t.path(), QStringLiteral("--campaign"),
                       QStringLiteral("pathway to citizenship"), QStringLiteral("--status"),
                       QStringLiteral("todo,in progress"), QStringLiteral("--columns"),
                       QStringLiteral("title,status,due_date"), QStringLiteral("--delimiter"),
                       QStringLiteral("semicolon"), QStringLiteral("--no-bom"),
                       QStringLiteral("--out"), path}) == 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.peek(5) == QByteArray("title"));
    const QVector<QStringList> rows = pythonRows(path, QStringLiteral(";"));
    REQUIRE(rows.size() == 5); // header + the campaign's four open items
    CHECK(rows.first() == QStringList{QStringLiteral("title"), QStringLiteral("status"),
                                      QStringLiteral("due_date")});
    CHECK(rows[1][0].startsWith(QLatin1String("Press Congress"))); // overdue first

    const QString rawPath = e.t.file(QStringLiteral("raw.csv"));
    REQUIRE(coalition({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"),
                       e.t.path(), QStringLiteral("--raw"), QStringLiteral("--columns"),
                       QStringLiteral("id,title"), QStringLiteral("--out"), rawPath}) == 0);
    bool found = false;
    for (const QStringList &row : pythonRows(rawPath, QStringLiteral(","))) {
        if (row.first() == e.hostileId) {
            found = true;
            CHECK(row.at(1) == QLatin1String("=HYPERLINK(\"http://evil.example\";\"click\")"));
        }
    }
    CHECK(found);
}

TEST_CASE("A failed export leaves no file and says why", "[export]")
{
    Exported e;
    QString err;
    const QString nowhere = e.t.file(QStringLiteral("missing-folder/actions.csv"));
    CHECK(coalition({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"),
                     e.t.path(), QStringLiteral("--out"), nowhere},
                    &err) == 1);
    CHECK(err.contains(QLatin1String("Cannot write")));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(coalition({QStringLiteral("export"), QStringLiteral("actions"), QStringLiteral("--db"),
                     e.t.path(), QStringLiteral("--campaign"), QStringLiteral("No such campaign")},
                    &err) == 1);
    CHECK(err.contains(QLatin1String("There is no campaign named")));
    CHECK(QDir(e.t.dir.path()).entryList({QStringLiteral("*.csv")}).isEmpty());
}

TEST_CASE("coalition import counts - dry runs - and rejects bad files with line numbers",
          "[import]")
{
    Exported e;
    const QString people = e.t.file(QStringLiteral("people.csv"));
    QFile file(people);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Full Name,E-mail,Org\r\nAna Organizer,ana@example.org,HANA Center\r\n");
    file.close();

    QProcess dry;
    dry.start(QStringLiteral(COALITION_BINARY),
              {QStringLiteral("import"), QStringLiteral("contacts"), people, QStringLiteral("--db"),
               e.t.path(), QStringLiteral("--dry-run")});
    REQUIRE(dry.waitForFinished(60000));
    CHECK(dry.exitCode() == 0);
    const QString out = QString::fromUtf8(dry.readAllStandardOutput());
    CHECK(out.contains(QLatin1String("would create 1")));
    CHECK(out.contains(QStringLiteral("E-mail → email")));
    CHECK(out.contains(QLatin1String("Dry run: nothing was written.")));

    CHECK(coalition({QStringLiteral("import"), QStringLiteral("contacts"), people,
                     QStringLiteral("--db"), e.t.path()}) == 0);
    const QString bad = e.t.file(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write("title,due\nfine,2021-12-20\nwrong,12/32/2021\n");
    badFile.close();
    QString err;
    CHECK(coalition({QStringLiteral("import"), QStringLiteral("actions"), bad,
                     QStringLiteral("--db"), e.t.path()},
                    &err) == 1);
    CHECK(err.contains(bad + QStringLiteral(":3: \"12/32/2021\" is not a date")));
    CHECK(err.contains(QLatin1String("nothing was imported")));
    e.t.reopen();
    ActionItemFilter fine;
    fine.text = QStringLiteral("fine");
    CHECK(ActionItemRepository(*e.t.database).list(fine).isEmpty());
    ListOptions ana;
    ana.text = QStringLiteral("ana organizer");
    CHECK(ContactRepository(*e.t.database).list(ana).size() == 1);
}

TEST_CASE("coalition import asks for --date-order when no date of the file tells day from month",
          "[import]")
{
    Exported e;
    const QString path = e.t.file(QStringLiteral("european.csv"));
    writeBytes(path, "T\xEDtulo;Vence\r\nLlamar a la alcaldesa;03/04/2022\r\n");
    const QByteArray before = databaseBytes(e.t.path());
    QString err;
    CHECK(coalition({QStringLiteral("import"), QStringLiteral("actions"), path,
                     QStringLiteral("--db"), e.t.path()},
                    &err) == 1);
    CHECK(err.contains(QLatin1String("--date-order dmy")));
    CHECK(err.contains(QLatin1String("03/04/2022")));
    CHECK(databaseBytes(e.t.path()) == before);
    CHECK(coalition({QStringLiteral("import"), QStringLiteral("actions"), path,
                     QStringLiteral("--db"), e.t.path(), QStringLiteral("--date-order"),
                     QStringLiteral("sometimes")},
                    &err) == 2);
    CHECK(err.contains(QLatin1String("--date-order takes dmy or mdy")));
    CHECK(coalition({QStringLiteral("import"), QStringLiteral("actions"), path,
                     QStringLiteral("--db"), e.t.path(), QStringLiteral("--date-order"),
                     QStringLiteral("dmy")}) == 0);
    e.t.reopen();
    ActionItemFilter call;
    call.text = QStringLiteral("alcaldesa");
    const auto found = ActionItemRepository(*e.t.database).list(call);
    REQUIRE(found.size() == 1);
    CHECK(found.first().dueDate == QDate(2022, 4, 3));
}

TEST_CASE("coalition import --map imports a column its header does not name - leaves one out - "
          "and names a header the file lacks",
          "[import]")
{
    Exported e;
    const QString path = e.t.file(QStringLiteral("volunteers.csv"));
    writeBytes(path, "Who,Cell,Notes\nAna Organizer,+1 718 555 0100,Spanish speaker\n");
    const QByteArray before = databaseBytes(e.t.path());
    const QStringList import = {QStringLiteral("import"), QStringLiteral("contacts"), path,
                                QStringLiteral("--db"), e.t.path()};
    QString err;
    CHECK(coalition(import, &err) == 1); // "Who" names no field
    CHECK(err.contains(QLatin1String("No column gives the name")));
    CHECK(coalition(import + QStringList{QStringLiteral("--map"), QStringLiteral("Whom=name")},
                    &err) == 1);
    CHECK(err.contains(QLatin1String("no column headed \"Whom\" (its columns: Who, Cell, Notes)")));
    CHECK(coalition(import + QStringList{QStringLiteral("--map"), QStringLiteral("Who")}, &err) ==
          2);
    CHECK(databaseBytes(e.t.path()) == before);

    CHECK(coalition(import + QStringList{QStringLiteral("--map"), QStringLiteral("who=name"),
                                         QStringLiteral("--map"), QStringLiteral("Notes=")}) == 0);
    e.t.reopen();
    ListOptions ana;
    ana.text = QStringLiteral("ana organizer");
    const auto found = ContactRepository(*e.t.database).list(ana);
    REQUIRE(found.size() == 1);
    CHECK(found.first().phone == QLatin1String("+1 718 555 0100"));
    CHECK(found.first().notes.isEmpty());
}
