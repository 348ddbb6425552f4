// How a sync writes the merged records into the tables: a bulk arrival with the search
// index built once afterwards, and a change to one column written as that column only.
// Either way the rows and the search index must end as the other laptop has them.
#include "model/records/ActionItemRepository.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/Statement.h"
#include "model/sync/FeedSync.h"
#include "model/sync/IncomingSlices.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSqlRecord>

namespace {

FeedSync::Outcome sync(Database &database, const QString &feed,
                       int sliceRecords = IncomingSlices::defaultSliceRecords)
{
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    options.sliceRecords = sliceRecords;
    return FeedSync::sync(database, options);
}

QStringList rows(Database &database, const QString &sql)
{
    Statement query(database.connection(), sql);
    query.exec();
    QStringList all;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.query().record().count(); ++i)
            cells << query.text(i);
        all << cells.join(QLatin1Char('|'));
    }
    return all;
}

// Every column a person sees, and when and by whom, for each action item.
QStringList actionRows(Database &database)
{
    return rows(database,
                QStringLiteral("SELECT id, title, owner, status, priority, kind, due_date, "
                               "campaign_id, organization_id, location, notes, tags, "
                               "updated_by, campaign_sort, organization_sort FROM action_items "
                               "ORDER BY id"));
}

QStringList searchTriggers(Database &database)
{
    return rows(database, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                         "'trigger' AND sql LIKE '%_fts%' ORDER BY name"));
}

// FTS5's own check that the index matches the table it indexes.
void checkSearchIndex(Database &database)
{
    for (const char *table : {"organizations", "contacts", "campaigns", "action_items"})
        Statement(database.connection(),
                  QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('integrity-check')")
                      .arg(QLatin1String(table)))
            .exec();
}

int hits(Database &database, const QString &text)
{
    return int(SearchIndex(database).search(text, 100000).size());
}

// The generated records were edited until 2026; the laptops' clocks are after that, as
// they would be (stamps far ahead of a laptop's clock are held, not merged as usual).
constexpr qint64 generatedYears = 6 * 366 * 24 * 3600;

// A laptop with generated action items that has written the team's feed; returns the
// feed's path.
QString generatedLaptopWroteFeed(TestDatabase &t, int actions)
{
    t.clock.advanceSeconds(generatedYears);
    generateActionItems(*t.database, actions);
    const QString feed = t.file(QStringLiteral("team.feed"));
    sync(*t.database, feed);
    return feed;
}

void checkSameActionItems(Database &here, Database &there)
{
    const QStringList ours = actionRows(here), theirs = actionRows(there);
    REQUIRE(ours.size() == theirs.size());
    for (int i = 0; i < ours.size(); ++i)
        CHECK(ours[i].toStdString() == theirs[i].toStdString());
}

} // namespace

TEST_CASE("A new laptop's first sync of thousands of items leaves a whole search index",
          "[sync][search]")
{
    TestDatabase t;
    const QString feed = generatedLaptopWroteFeed(t, 6000);

    // Read whole (one slice), and in slices of 700 records: action items come before
    // the campaigns they name in the feed, and must not lose them.
    for (const int sliceRecords : {int(IncomingSlices::defaultSliceRecords), 700}) {
        INFO("slices of " << sliceRecords << " records");
        auto fresh =
            Database::open(t.file(QStringLiteral("new-%1.sqlite").arg(sliceRecords)), t.clock);
        const QStringList triggers = searchTriggers(*fresh);
        REQUIRE(triggers.size() == 12);
        CHECK(sync(*fresh, feed, sliceRecords).summary.total().added > 6000);
        checkSameActionItems(*fresh, *t.database);
        CHECK(rows(*fresh, QStringLiteral("SELECT id, campaign_id, organization_id, role FROM "
                                          "campaign_partners ORDER BY id")) ==
              rows(*t.database, QStringLiteral("SELECT id, campaign_id, organization_id, role FROM "
                                               "campaign_partners ORDER BY id")));
        CHECK_NOTHROW(checkSearchIndex(*fresh));
        CHECK(searchTriggers(*fresh) == triggers);
        const QString word = QStringLiteral("flyers");
        REQUIRE(hits(*t.database, word) > 0);
        CHECK(hits(*fresh, word) == hits(*t.database, word));

        // The triggers keep the index in step again afterwards.
        ActionItemRepository items(*fresh);
        ActionItem item = items.list({}).first();
        item.title = QStringLiteral("Quetzalcoatl phone bank %1").arg(sliceRecords);
        items.update(item);
        CHECK(hits(*fresh, QStringLiteral("quetzalcoatl")) == 1);
        CHECK_NOTHROW(checkSearchIndex(*fresh));
    }
}

TEST_CASE("A sync that changes one column of many items writes them as the other laptop has them",
          "[sync][search]")
{
    TestDatabase t;
    const QString feed = generatedLaptopWroteFeed(t, 600);
    auto other = Database::open(t.file(QStringLiteral("other.sqlite")), t.clock);
    other->setAuthor(QStringLiteral("Bo"));
    sync(*other, feed);
    checkSameActionItems(*other, *t.database);

    // One laptop changes the owner of every third item, the title of one and the
    // campaign of another; the other laptop writes just those columns.
    ActionItemRepository items(*other);
    QVector<ActionItem> all = items.list({});
    for (int i = 0; i < all.size(); i += 3) {
        all[i].owner = QStringLiteral("Xiomara %1").arg(i);
        items.update(all[i]);
    }
    all[1].title = QStringLiteral("Zacatecas vigil");
    items.update(all[1]);
    const auto elsewhere = std::find_if(all.cbegin(), all.cend(), [&](const ActionItem &item) {
        return !item.campaignId.isEmpty() && item.campaignId != all[2].campaignId;
    });
    REQUIRE(elsewhere != all.cend());
    all[2].campaignId = elsewhere->campaignId;
    items.update(all[2]);
    sync(*other, feed);
    // Only the other laptop's one new segment is read, and afterwards none.
    CHECK(sync(*t.database, feed).newSegments == 1);
    CHECK(sync(*t.database, feed).newSegments == 0);

    checkSameActionItems(*t.database, *other);
    CHECK_NOTHROW(checkSearchIndex(*t.database));
    CHECK(hits(*t.database, QStringLiteral("xiomara")) == (all.size() + 2) / 3);
    CHECK(hits(*t.database, QStringLiteral("zacatecas")) == 1);
}

TEST_CASE("A laptop that finds a new snapshot keeps and sends its own edits - read in slices",
          "[sync][search]")
{
    TestDatabase t;
    t.clock.advanceSeconds(generatedYears);
    generateActionItems(*t.database, 2000);
    const QString feed = t.file(QStringLiteral("team.feed"));
    FeedSync::Options options;
    options.feed = feed;
    options.passphrase = QStringLiteral("first team passphrase");
    FeedSync::sync(*t.database, options);
    auto other = Database::open(t.file(QStringLiteral("other.sqlite")), t.clock);
    other->setAuthor(QStringLiteral("Bo"));
    options.sliceRecords = 300;
    FeedSync::sync(*other, options);

    // Bo edits offline while the first laptop edits too and rotates the team key: a new
    // snapshot of everything, which Bo reads in slices and merges with his edits.
    ActionItemRepository bosItems(*other);
    ActionItem mine = bosItems.list({}).first();
    mine.notes = QStringLiteral("Bring the Tagalog flyers");
    bosItems.update(mine);
    // A record of an entity a newer Coalition has: kept and passed on, also in slices.
    Statement(t.database->connection(),
              QStringLiteral("INSERT INTO field_stamps (entity, record_id, field, wall, counter, "
                             "device, author, value, seq) VALUES ('petitions', 'p-1', 'title', "
                             "1700000000000, 0, 'newer-laptop', 'Ana', 'Pass the NWFA', "
                             "(SELECT max(seq) + 1 FROM field_stamps))"))
        .exec();
    ActionItemRepository items(*t.database);
    ActionItem theirs = items.list({}).last();
    theirs.owner = QStringLiteral("Yesenia");
    items.update(theirs);
    FeedSync::Options rotate = options;
    rotate.newPassphrase = QStringLiteral("second team passphrase");
    rotate.rotateKey = true;
    FeedSync::sync(*t.database, rotate);

    options.passphrase = rotate.newPassphrase;
    const FeedSync::Outcome read = FeedSync::sync(*other, options);
    CHECK(read.wroteFeed); // Bo's edit, not yet in the feed, is appended
    CHECK(bosItems.get(theirs.id)->owner == QLatin1String("Yesenia"));
    FeedSync::sync(*t.database, options);
    CHECK(items.get(mine.id)->notes == QLatin1String("Bring the Tagalog flyers"));
    checkSameActionItems(*t.database, *other);
    CHECK_NOTHROW(checkSearchIndex(*other));
    CHECK(rows(*other, QStringLiteral("SELECT value FROM field_stamps WHERE entity = "
                                      "'petitions'")) ==
          QStringList{QStringLiteral("Pass the NWFA")});
    // Nothing else to tell: the snapshot's records are not sent back.
    CHECK_FALSE(FeedSync::sync(*other, options).wroteFeed);
}
