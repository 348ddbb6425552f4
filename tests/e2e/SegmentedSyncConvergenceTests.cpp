// Randomized histories of laptops editing and syncing through one format 2 feed file,
// with compaction when it comes and a sync tool's conflicted copies at random moments:
// every laptop ends with the same data, and a further sync writes nothing.
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/sync/FeedSync.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>

namespace {

struct Laptop
{
    QString path;
    std::unique_ptr<Database> database;
};

// A random edit on one laptop: a new item, a field of an item changed, an item deleted,
// an item made to repeat, a repeating item's occurrence done or skipped.
void editAtRandom(Database &database, QRandomGenerator &random, int step, int &occurrences)
{
    ActionItemRepository items(database);
    const QVector<ActionItem> all = items.list({});
    const quint32 choice = random.bounded(10);
    if (all.isEmpty() || choice == 0 || choice == 3) {
        ActionItem item;
        item.title = QStringLiteral("Phone bank %1").arg(step);
        items.create(item);
        return;
    }
    ActionItem item = all[int(random.bounded(all.size()))];
    // Every other edit of a repeating item's laptop does one of its occurrences.
    const QVector<ActionItem> repeating = items.openRepeatingItems(EndedCampaigns::Shown::Shown);
    if ((choice == 2 || choice == 5) && !repeating.isEmpty())
        item = repeating[int(random.bounded(repeating.size()))];
    if (choice == 1) {
        items.remove(item.id);
        return;
    }
    if (choice % 3 != 0 && !item.recurrence.isEmpty() && item.isOpen()) {
        items.settleOccurrence(item.id, random.bounded(3) ? QStringLiteral("done")
                                                          : QStringLiteral("skipped"));
        ++occurrences;
        return;
    }
    if (choice == 4 && item.recurrence.isEmpty()) {
        item.dueDate = QDate(2021, 12, 7).addDays(int(random.bounded(14)));
        item.recurrence = random.bounded(2) ? QStringLiteral("FREQ=WEEKLY")
                                            : QStringLiteral("FREQ=DAILY;COUNT=3");
        items.update(item);
        return;
    }
    const QString value = QStringLiteral("v%1").arg(step);
    switch (choice % 3) {
    case 0:
        item.owner = value;
        break;
    case 1:
        item.location = value;
        break;
    default:
        item.notes = value;
    }
    items.update(item);
}

// The feed and the copies beside it, by name.
QMap<QString, QByteArray> teamFiles(const TestDatabase &t)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(t.dir.path()).entryList({QStringLiteral("team*")}, QDir::Files))
        files.insert(name, fileBytes(t.file(name)));
    return files;
}

void putBack(const TestDatabase &t, const QMap<QString, QByteArray> &files)
{
    for (const QString &name : QDir(t.dir.path()).entryList({QStringLiteral("team*")}, QDir::Files))
        QFile::remove(t.file(name));
    for (auto file = files.cbegin(); file != files.cend(); ++file)
        writeBytes(t.file(file.key()), file.value());
}

} // namespace

TEST_CASE("Format 2: random histories of three laptops - compaction and conflicted copies "
          "included - end identical",
          "[sync][format2]")
{
    QRandomGenerator random(2021'12'16);
    int copies = 0, compactions = 0, syncs = 0, occurrences = 0;
    for (int scenario = 0; scenario < 8; ++scenario) {
        TestDatabase t;
        const QString feed = t.file(QStringLiteral("team.feed"));
        const QString copy = t.file(QStringLiteral("team (conflicted copy %1).feed"));
        std::vector<Laptop> laptops(3);
        for (int i = 0; i < 3; ++i) {
            laptops[size_t(i)].path = t.file(QStringLiteral("laptop%1.sqlite").arg(i));
            laptops[size_t(i)].database = Database::open(laptops[size_t(i)].path, t.clock);
            laptops[size_t(i)].database->setAuthor(QStringLiteral("Laptop %1").arg(i));
        }
        // Half the histories start from the sample, half from nothing: a small snapshot
        // is soon outweighed by the segments after it, and compacted.
        if (scenario % 2 == 0)
            SampleDataLoader::load(*laptops[0].database);
        FeedSync::Options options;
        options.feed = feed;
        options.noEncryption = true; // the same code as encrypted, without Argon2id's wait
        options.allowMassDelete = true;
        const auto sync = [&](Laptop &laptop) {
            const FeedSync::Outcome outcome = FeedSync::sync(*laptop.database, options);
            compactions += outcome.compacted;
            ++syncs;
        };
        sync(laptops[0]);
        for (int step = 0; step < 40; ++step) {
            t.clock.advanceSeconds(int(random.bounded(1, 600)));
            Laptop &laptop = laptops[size_t(random.bounded(3))];
            const quint32 what = random.bounded(10);
            if (what < 5) {
                editAtRandom(*laptop.database, random, step, occurrences);
            } else if (what < 9) {
                sync(laptop);
            } else {
                // Two laptops wrote at once: a sync tool keeps one version as the feed
                // and saves the other beside it.
                // Both read the same folder (the feed and any copies in it).
                Laptop &other = laptops[size_t((&laptop - &laptops[0] + 1) % 3)];
                const QMap<QString, QByteArray> before = teamFiles(t);
                sync(laptop);
                const QByteArray first = fileBytes(feed);
                putBack(t, before);
                sync(other);
                QFile::rename(feed, copy.arg(step));
                writeBytes(feed, first);
                ++copies;
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (Laptop &laptop : laptops)
                sync(laptop);
        }
        const QByteArray settled = fileBytes(feed);
        sync(laptops[1]);
        CHECK(fileBytes(feed) == settled); // nothing left to tell
        const QStringList first = dump(laptops[0].path, t.clock);
        CHECK(first.size() > (scenario % 2 == 0 ? 50 : 0));
        for (size_t i = 1; i < laptops.size(); ++i)
            CHECK(dump(laptops[i].path, t.clock) == first);
    }
    WARN("syncs " << syncs << ", conflicted copies " << copies << ", compactions " << compactions
                  << ", occurrences done or skipped " << occurrences);
    CHECK(copies > 0);
    CHECK(occurrences > 0);
    CHECK(compactions > 0);
}
