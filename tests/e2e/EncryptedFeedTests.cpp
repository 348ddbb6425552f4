// Feed format 2 through real coalition processes: encrypted by default, incremental,
// moved on from format 1, its passphrase changed and its key rotated, and an older copy
// put back refused.
#include "model/feed/FeedCodec.h"
#include "model/feed/SegmentedFeed.h"
#include "model/feed/SyncStore.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/ApacheDavServer.h"
#include "tests/support/FeedContent.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

QString passphraseFile(const TestDatabase &t, const QString &name, const QByteArray &passphrase)
{
    const QString path = t.file(name);
    writeBytes(path, passphrase + '\n');
    return path;
}

QStringList withPassphrase(const QString &file)
{
    return {QStringLiteral("--passphrase-file"), file};
}

// A laptop with the sample and one that started empty, both synced with feed (without
// encryption) and then the first once more: the feed is one snapshot, and the segments
// a test adds stay far smaller than it, so no compaction comes in between.
std::pair<QString, QString> sampleAndEmptyLaptopSynced(const TestDatabase &t, const QString &feed)
{
    const QString a = twoLaptops(t).first;
    const QString b = t.file(QStringLiteral("empty.sqlite"));
    Database::open(b, t.clock);
    for (const QString &laptop : {a, b, a})
        REQUIRE(runSync(laptop, feed).exitCode == 0);
    return {a, b};
}

} // namespace

TEST_CASE("Two demo laptops and a third made later converge through an encrypted feed - nothing "
          "readable is in it",
          "[sync][format2]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString c = t.file(QStringLiteral("c.sqlite"));
    REQUIRE(runCoalition({QStringLiteral("demo"), QStringLiteral("--db"), c}).exitCode == 0);
    const QString feed = t.file(QStringLiteral("team.feed"));
    const QString secret =
        passphraseFile(t, QStringLiteral("secret.txt"), "river stone lantern june");

    // Without a passphrase (nor --no-encryption) no feed is made.
    const ProcessRun refused = runCoalition(
        {QStringLiteral("sync"), QStringLiteral("--db"), a, QStringLiteral("--feed"), feed});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("needs a team passphrase")));
    CHECK_FALSE(QFile::exists(feed));

    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    editVigil(b, t.clock, QStringLiteral("Bo"),
              [](ActionItem &item) { item.location = "City Hall"; });
    for (const QString &laptop : {a, b, c, a, b}) {
        const ProcessRun run = runSync(laptop, feed, withPassphrase(secret));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
    CHECK(dump(a, t.clock) == dump(b, t.clock));
    CHECK(dump(c, t.clock) == dump(a, t.clock));

    const QByteArray bytes = fileBytes(feed);
    REQUIRE(SegmentedFeed::formatOf(bytes) == 2);
    CHECK(readableSampleWords(bytes).isEmpty());
    CHECK_FALSE(bytes.contains("City Hall"));
    CHECK_FALSE(bytes.contains("river stone"));

    // A wrong passphrase: refused, the database byte for byte as it was.
    const QString wrong =
        passphraseFile(t, QStringLiteral("wrong.txt"), "river stone lantern july");
    const QByteArray before = databaseBytes(b);
    const ProcessRun wrongRun = runSync(b, feed, withPassphrase(wrong));
    CHECK(wrongRun.exitCode == 1);
    CHECK(wrongRun.err.contains(QLatin1String("does not open this feed")));
    CHECK(databaseBytes(b) == before);
    CHECK(fileBytes(feed) == bytes);
}

TEST_CASE("A sync sends only what changed: nothing new leaves the feed as it was - an edit "
          "appends one small segment",
          "[sync][format2]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("team.feed"));
    const auto [a, b] = sampleAndEmptyLaptopSynced(t, feed);
    const QByteArray settled = fileBytes(feed);
    REQUIRE(SegmentedFeed::open(settled, {}).segments().size() == 1);

    const ProcessRun idle = runSync(b, feed);
    REQUIRE(idle.exitCode == 0);
    CHECK(idle.out.contains(QLatin1String("Nothing new to send")));
    CHECK(fileBytes(feed) == settled);

    editVigil(b, t.clock, QStringLiteral("Bo"), [](ActionItem &item) { item.owner = "Bo"; });
    REQUIRE(runSync(b, feed).exitCode == 0);
    const QByteArray grown = fileBytes(feed);
    const SegmentedFeed before = SegmentedFeed::open(settled, {});
    const SegmentedFeed after = SegmentedFeed::open(grown, {});
    REQUIRE(after.segments().size() == before.segments().size() + 1);
    for (int i = 0; i < before.segments().size(); ++i)
        CHECK(after.segments()[i].sealed == before.segments()[i].sealed);
    const FeedState appended = after.content(after.segments().last());
    CHECK(appended.size() == 1); // the vigil, one field
    CHECK(grown.size() - settled.size() < 1024);

    // The other laptop reads just that segment and agrees.
    const ProcessRun pulled = runSync(a, feed);
    REQUIRE(pulled.exitCode == 0);
    CHECK(dump(a, t.clock) == dump(b, t.clock));
    CHECK(fileBytes(feed) == grown);
}

TEST_CASE("A format 1 feed - plain or signed - moves to format 2 and every laptop converges - "
          "format 1 put back is refused",
          "[sync][format2]")
{
    const bool signedFeed = GENERATE(false, true);
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("team.feed"));
    const QString secret =
        passphraseFile(t, QStringLiteral("secret.txt"), "purple otter marsh song");
    // A feed as Coalition's format 1 wrote it, from laptop a, with an edit of a's.
    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    QByteArray format1;
    {
        auto database = Database::open(a, t.clock, Database::OpenMode::MustExist);
        format1 =
            FeedCodec::encode(SyncStore(*database).localState(), 5,
                              signedFeed ? QStringLiteral("purple otter marsh song") : QString());
    }
    writeBytes(feed, format1);

    const ProcessRun moved = runSync(b, feed, withPassphrase(secret));
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(QLatin1String("moved to format 2")));
    REQUIRE(SegmentedFeed::formatOf(fileBytes(feed)) == 2);
    // Every record of the format 1 feed is in format 2, and a's edit won (b's own value of
    // the owner is listed as a conflict, a record of its own).
    const FeedState moved2 =
        feedContent(fileBytes(feed), QStringLiteral("purple otter marsh song"));
    const FeedState was = FeedCodec::decode(
        format1, signedFeed ? QStringLiteral("purple otter marsh song") : QString());
    for (auto record = was.cbegin(); record != was.cend(); ++record)
        CHECK(moved2.contains(record.key()));
    CHECK(moved2.size() == was.size() + 1);
    CHECK(moved2.value({QStringLiteral("action_items"), vigilId()})
              .fields.value(QStringLiteral("owner"))
              .value == QStringLiteral("Ana"));
    REQUIRE(runSync(a, feed, withPassphrase(secret)).exitCode == 0);
    REQUIRE(runSync(b, feed, withPassphrase(secret)).exitCode == 0);
    CHECK(dump(a, t.clock) == dump(b, t.clock));

    // Someone puts the old format 1 file back: refused, nothing changes.
    const QByteArray before = databaseBytes(a);
    writeBytes(feed, format1);
    const ProcessRun downgrade = runSync(a, feed, withPassphrase(secret));
    CHECK(downgrade.exitCode == 1);
    CHECK(downgrade.err.contains(QLatin1String("moved it to the encrypted format 2")));
    CHECK(databaseBytes(a) == before);
}

TEST_CASE("A new passphrase keeps the segments - a rotated key shuts the old passphrase out",
          "[sync][format2]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("team.feed"));
    const QString first = passphraseFile(t, QStringLiteral("1.txt"), "river stone lantern june");
    const QString second = passphraseFile(t, QStringLiteral("2.txt"), "copper kettle window rain");
    const QString third = passphraseFile(t, QStringLiteral("3.txt"), "after kim left the team");
    REQUIRE(runSync(a, feed, withPassphrase(first)).exitCode == 0);
    REQUIRE(runSync(b, feed, withPassphrase(first)).exitCode == 0);
    const SegmentedFeed old =
        SegmentedFeed::open(fileBytes(feed), QStringLiteral("river stone lantern june"));

    REQUIRE(runSync(a, feed,
                    withPassphrase(first) +
                        QStringList{QStringLiteral("--new-passphrase-file"), second})
                .exitCode == 0);
    const SegmentedFeed relocked =
        SegmentedFeed::open(fileBytes(feed), QStringLiteral("copper kettle window rain"));
    REQUIRE(relocked.segments().size() == old.segments().size());
    for (int i = 0; i < old.segments().size(); ++i)
        CHECK(relocked.segments()[i].sealed == old.segments()[i].sealed);
    CHECK(runSync(b, feed, withPassphrase(first)).exitCode == 1);
    REQUIRE(runSync(b, feed, withPassphrase(second)).exitCode == 0);

    // A member leaves: a new key, and everything written again under it.
    const QByteArray beforeRotation = fileBytes(feed);
    REQUIRE(runSync(a, feed,
                    withPassphrase(second) + QStringList{QStringLiteral("--new-passphrase-file"),
                                                         third, QStringLiteral("--rotate-key")})
                .exitCode == 0);
    const QByteArray rotated = fileBytes(feed);
    const ProcessRun oldPassphrase = runSync(b, feed, withPassphrase(second));
    CHECK(oldPassphrase.exitCode == 1);
    CHECK(oldPassphrase.err.contains(QLatin1String("does not open this feed")));
    const SegmentedFeed now =
        SegmentedFeed::open(rotated, QStringLiteral("after kim left the team"));
    CHECK(now.segments().size() == 1);
    // No sealed byte run of the old key's segments is in the new feed.
    const SegmentedFeed previous =
        SegmentedFeed::open(beforeRotation, QStringLiteral("copper kettle window rain"));
    for (const SegmentedFeed::Segment &segment : previous.segments())
        CHECK_FALSE(rotated.contains(segment.sealed.left(64)));
    editVigil(b, t.clock, QStringLiteral("Bo"), [](ActionItem &item) { item.owner = "Bo"; });
    REQUIRE(runSync(b, feed, withPassphrase(third)).exitCode == 0);
    REQUIRE(runSync(a, feed, withPassphrase(third)).exitCode == 0);
    CHECK(dump(a, t.clock) == dump(b, t.clock));
}

TEST_CASE("An older copy of the feed put back is refused and names the laptop - --rejoin sends "
          "everything again",
          "[sync][format2]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("team.feed"));
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    const QByteArray older = fileBytes(feed);
    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    REQUIRE(runSync(a, feed).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);

    writeBytes(feed, older); // a backup restored, or an attacker's replay
    const QByteArray before = databaseBytes(b);
    const ProcessRun refused = runSync(b, feed);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("is no longer in the feed")));
    CHECK(databaseBytes(b) == before);
    CHECK(fileBytes(feed) == older);

    REQUIRE(runSync(b, feed, {QStringLiteral("--rejoin")}).exitCode == 0);
    REQUIRE(runSync(a, feed, {QStringLiteral("--rejoin")}).exitCode == 0);
    REQUIRE(runSync(b, feed).exitCode == 0);
    CHECK(dump(a, t.clock) == dump(b, t.clock));
}

TEST_CASE("A sync tool's conflicted copies of an encrypted feed merge as the union of their "
          "segments",
          "[sync][format2]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("team.feed"));
    const auto [a, b] = sampleAndEmptyLaptopSynced(t, feed);
    const QByteArray base = fileBytes(feed);
    // Both edit and sync "at once": each wrote its own version of the file.
    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    editVigil(b, t.clock, QStringLiteral("Bo"),
              [](ActionItem &item) { item.location = "City Hall"; });
    REQUIRE(runSync(a, feed).exitCode == 0);
    const QByteArray fromA = fileBytes(feed);
    writeBytes(feed, base);
    REQUIRE(runSync(b, feed).exitCode == 0);
    writeBytes(t.file(QStringLiteral("team (conflicted copy 2021-12-15).feed")), fromA);

    const ProcessRun merged = runSync(a, feed);
    INFO(merged.err.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK_FALSE(QFile::exists(t.file(QStringLiteral("team (conflicted copy 2021-12-15).feed"))));
    const SegmentedFeed joined = SegmentedFeed::open(fileBytes(feed), {});
    CHECK(joined.segments().size() == SegmentedFeed::open(base, {}).segments().size() + 2);
    REQUIRE(runSync(b, feed).exitCode == 0);
    CHECK(dump(a, t.clock) == dump(b, t.clock));
}

TEST_CASE("Two demo laptops and a third made later converge through an encrypted feed on "
          "Apache httpd - a wrong passphrase changes nothing",
          "[sync][format2][http]")
{
    ApacheDavServer apache;
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString c = t.file(QStringLiteral("c.sqlite"));
    REQUIRE(runCoalition({QStringLiteral("demo"), QStringLiteral("--db"), c}).exitCode == 0);
    const QString secret =
        passphraseFile(t, QStringLiteral("secret.txt"), "river stone lantern june");
    editVigil(a, t.clock, QStringLiteral("Ana"), [](ActionItem &item) { item.owner = "Ana"; });
    editVigil(b, t.clock, QStringLiteral("Bo"),
              [](ActionItem &item) { item.location = "City Hall"; });
    for (const QString &laptop : {a, b, c, a, b}) {
        const ProcessRun run = runSync(laptop, apache.url(), withPassphrase(secret));
        INFO(run.err.toStdString() << apache.errorLog().toStdString());
        REQUIRE(run.exitCode == 0);
    }
    CHECK(dump(a, t.clock) == dump(b, t.clock));
    CHECK(dump(c, t.clock) == dump(a, t.clock));
    const QByteArray stored = fileBytes(apache.documentRoot() + QStringLiteral("/team.feed"));
    REQUIRE(SegmentedFeed::formatOf(stored) == 2);
    CHECK(stored.contains("lock\targon2id"));
    CHECK_FALSE(stored.contains("City Hall"));
    CHECK_FALSE(stored.contains("Afshana"));

    const QString wrong =
        passphraseFile(t, QStringLiteral("wrong.txt"), "river stone lantern july");
    const QByteArray before = databaseBytes(c);
    const ProcessRun refused = runSync(c, apache.url(), withPassphrase(wrong));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("does not open this feed")));
    CHECK(databaseBytes(c) == before);
    CHECK(fileBytes(apache.documentRoot() + QStringLiteral("/team.feed")) == stored);
}
