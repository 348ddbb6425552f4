#include "tests/e2e/SyncTestSupport.h"

#include "model/feed/FeedMerge.h"
#include "model/feed/SegmentedFeed.h"
#include "model/feed/SyncStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <memory>
#include <vector>

namespace {

// Without a passphrase the tests' feeds go without encryption (tests of the encryption
// give one): Argon2id's unlock in every one of the suite's hundreds of syncs would cost
// minutes and test nothing more.
QStringList syncArguments(const QString &db, const QString &feed, const QStringList &more = {})
{
    QStringList arguments = {QStringLiteral("sync"), QStringLiteral("--feed"), feed,
                             QStringLiteral("--db"), db};
    if (!more.contains(QStringLiteral("--passphrase-file")))
        arguments << QStringLiteral("--no-encryption");
    return arguments + more;
}

} // namespace

ProcessRun runSync(const QString &db, const QString &feed, const QStringList &more)
{
    return runCoalition(syncArguments(db, feed, more));
}

void startSync(QProcess &process, const QString &db, const QString &feed)
{
    process.start(QStringLiteral(COALITION_BINARY), syncArguments(db, feed));
}

QStringList dump(const QString &path, const Clock &clock)
{
    auto database = Database::open(path, clock, Database::OpenMode::MustExist);
    QStringList lines;
    for (const QString &table : Schema::syncedTables()) {
        QStringList columns = Schema::syncedFields(table);
        columns.prepend(QStringLiteral("id"));
        Statement query(database->connection(),
                        QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                            .arg(columns.join(QStringLiteral(", ")), table));
        query.exec();
        while (query.next()) {
            QStringList cells{table};
            for (int i = 0; i < columns.size(); ++i)
                cells << query.text(i);
            lines << cells.join(QLatin1Char('|'));
        }
    }
    return lines;
}

void edit(const QString &path, const Clock &clock, const QString &author,
          const std::function<void(Database &)> &change)
{
    auto database = Database::open(path, clock, Database::OpenMode::MustExist);
    database->setAuthor(author);
    change(*database);
}

void editVigil(const QString &path, const Clock &clock, const QString &author,
               const std::function<void(ActionItem &)> &change)
{
    edit(path, clock, author, [&change](Database &db) {
        auto item = *ActionItemRepository(db).get(vigilId());
        change(item);
        ActionItemRepository(db).update(item);
    });
}

std::pair<QString, QString> twoLaptops(const TestDatabase &t)
{
    const QString a = t.file(QStringLiteral("a.sqlite"));
    const QString b = t.file(QStringLiteral("b.sqlite"));
    for (const QString &path : {a, b}) {
        auto database = Database::open(path, t.clock);
        SampleDataLoader::load(*database);
    }
    return {a, b};
}

QString rewriteFeedValue(const QString &feed, const QString &entity, const QString &field,
                         const QString &value)
{
    SegmentedFeed segmented = SegmentedFeed::open(fileBytes(feed), {});
    FeedState state;
    for (const SegmentedFeed::Segment &segment : segmented.segments())
        state = FeedMerge::merge(state, segmented.content(segment)).state;
    for (auto record = state.cbegin(); record != state.cend(); ++record) {
        const auto found = record->fields.constFind(field);
        if (record.key().first != entity || found == record->fields.cend())
            continue;
        const QString device = QStringLiteral("a-newer-laptop");
        FeedState change;
        change[record.key()].fields.insert(
            field, FieldValue{value, {found->stamp.wall + 60000, 0, device}, found->author});
        segmented.append(change, device, Schema::currentVersion());
        writeBytes(feed, segmented.bytes());
        return record.key().second;
    }
    return {};
}

// Every text of the sample a person could recognise: contact and organization names,
// values of five characters or more, field and entity names, authors.
QSet<QByteArray> sampleWords()
{
    TestDatabase sample;
    SampleDataLoader::load(*sample.database);
    const FeedState state = SyncStore(*sample.database).localState();
    QSet<QByteArray> words = {"Afshana",         "Kathy Hochul",      "due_date",
                              "organization_id", "campaign_partners", "action_items"};
    for (auto record = state.cbegin(); record != state.cend(); ++record) {
        words << record.key().first.toUtf8();
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            if (field.key().size() >= 5)
                words << field.key().toUtf8();
            if (field->author.size() >= 4)
                words << field->author.toUtf8();
            if (field->value && field->value->size() >= 5)
                words << field->value->toUtf8();
        }
    }
    return words;
}

QStringList readableSampleWords(const QByteArray &bytes)
{
    QStringList found;
    for (const QByteArray &word : sampleWords()) {
        if (bytes.contains(word))
            found << QString::fromUtf8(word);
    }
    return found;
}

QString vigilId()
{
    return SampleDataLoader::stableId(
        EntityKind::ActionItem,
        QStringLiteral("Justice for Christian Hall/Attend a vigil on the anniversary of "
                       "Christian Hall's death"));
}

std::vector<std::unique_ptr<QProcess>> startLaptopScripts(const TestDatabase &t,
                                                          const QString &feed,
                                                          const QStringList &databases,
                                                          const QString &script, int rounds)
{
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int laptop = 0; laptop < databases.size(); ++laptop) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("COALITION"), QStringLiteral(COALITION_BINARY));
        environment.insert(QStringLiteral("DIR"), t.dir.path());
        environment.insert(QStringLiteral("DB"), databases[laptop]);
        environment.insert(QStringLiteral("FEED"), feed);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral("bash"),
                       {QStringLiteral("-c"), script.arg(laptop).arg(rounds)});
        workers.push_back(std::move(process));
    }
    return workers;
}

int threeLaptopsEditAndSync(const TestDatabase &t, const QString &feed, int rounds)
{
    QStringList databases;
    for (int worker = 0; worker < 3; ++worker) {
        databases << t.file(QStringLiteral("laptop%1.sqlite").arg(worker));
        Database::open(databases.last(), t.clock).reset();
    }
    const QString script = QStringLiteral(
        "set -e\n"
        "for i in $(seq 1 %2); do\n"
        "  printf 'title\\nlaptop %1 item %s\\n' \"$i\" > \"$DIR/in%1.csv\"\n"
        "  \"$COALITION\" import actions \"$DIR/in%1.csv\" --db \"$DB\" > /dev/null\n"
        "  until \"$COALITION\" sync --feed \"$FEED\" --db \"$DB\" --no-encryption >> "
        "\"$DIR/out%1.txt\" "
        "2>&1; do sleep 0.05; done\n"
        "done\n");
    const auto workers = startLaptopScripts(t, feed, databases, script, rounds);
    for (auto &process : workers) {
        REQUIRE(process->waitForFinished(15 * 60 * 1000));
        INFO(process->readAllStandardError().toStdString());
        REQUIRE(process->exitCode() == 0);
    }
    // Every laptop's last sync said it was done, so the feed as it stands must hold every
    // item: a write that another laptop's write replaced, and yet was reported as synced,
    // leaves one out. (The final syncs below would put it back from its laptop.) A new
    // laptop reads the feed.
    const QString observer = t.file(QStringLiteral("observer.sqlite"));
    Database::open(observer, t.clock).reset();
    REQUIRE(runSync(observer, feed).exitCode == 0);
    CHECK(ActionItemRepository(*Database::open(observer, t.clock)).count() == 3 * rounds);
    for (const QString &db : databases)
        REQUIRE(runSync(db, feed).exitCode == 0);
    for (const QString &db : databases) {
        auto database = Database::open(db, t.clock);
        CHECK(ActionItemRepository(*database).count() == 3 * rounds);
    }
    CHECK(dump(databases[0], t.clock) == dump(databases[1], t.clock));
    CHECK(dump(databases[1], t.clock) == dump(databases[2], t.clock));
    int retried = 0;
    for (int worker = 0; worker < 3; ++worker) {
        QFile out(t.file(QStringLiteral("out%1.txt").arg(worker)));
        REQUIRE(out.open(QIODevice::ReadOnly));
        retried += int(out.readAll().count("read and merged again"));
    }
    return retried;
}
