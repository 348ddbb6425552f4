#include "model/domain/CoalitionError.h"
#include "model/feed/FeedCodec.h"
#include "model/feed/SyncStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("A database's state round-trips through the feed byte for byte", "[feed]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const FeedState state = SyncStore(*t.database).localState();
    const QByteArray bytes = FeedCodec::encode(state, 2);
    CHECK(FeedCodec::decode(bytes) == state);
    CHECK(FeedCodec::encode(FeedCodec::decode(bytes), 2) == bytes);

    FeedState hostile;
    FieldValue field{QStringLiteral("tab\there\nnewline \\N back\\slash 🙏🏽"),
                     {1, 2, QStringLiteral("d")},
                     QStringLiteral("Ana\tB")};
    hostile[{QStringLiteral("contacts"), QStringLiteral("x")}].fields.insert(
        QStringLiteral("notes"), field);
    hostile[{QStringLiteral("contacts"), QStringLiteral("x")}].fields.insert(
        QStringLiteral("phone"), FieldValue{std::nullopt, {1, 2, QStringLiteral("d")}, {}});
    CHECK(FeedCodec::decode(FeedCodec::encode(hostile, 2)) == hostile);
}

TEST_CASE("A team passphrase signs the feed and is required to read it", "[feed]")
{
    FeedState state;
    state[{QStringLiteral("contacts"), QStringLiteral("x")}].fields.insert(
        QStringLiteral("name"),
        FieldValue{QStringLiteral("Afshana"), {1, 0, QStringLiteral("d")}, {}});
    const QByteArray signedFeed = FeedCodec::encode(state, 2, QStringLiteral("solidarity forever"));
    CHECK(signedFeed.contains("\nhmac\t"));
    CHECK(FeedCodec::encode(state, 2, QStringLiteral("solidarity forever")) == signedFeed);
    CHECK(FeedCodec::decode(signedFeed, QStringLiteral("solidarity forever")) == state);
    CHECK_THROWS_WITH(FeedCodec::decode(signedFeed, QStringLiteral("wrong")),
                      Catch::Contains("does not match"));
    CHECK_THROWS_WITH(FeedCodec::decode(signedFeed),
                      Catch::Contains("protected by a team passphrase"));
    CHECK_THROWS_WITH(
        FeedCodec::decode(FeedCodec::encode(state, 2), QStringLiteral("solidarity forever")),
        Catch::Contains("not protected"));
    QByteArray altered = signedFeed;
    altered.replace("Afshana", "Afshanx");
    CHECK_THROWS_WITH(FeedCodec::decode(altered, QStringLiteral("solidarity forever")),
                      Catch::Contains("does not match"));
}

TEST_CASE("Malformed feeds are refused with a reason", "[feed]")
{
    FeedState state;
    state[{QStringLiteral("contacts"), QStringLiteral("x")}].fields.insert(
        QStringLiteral("name"),
        FieldValue{QStringLiteral("Afshana"), {1, 0, QStringLiteral("d")}, {}});
    const QByteArray good = FeedCodec::encode(state, 2);
    int refused = 0;
    // Every truncation, every single flipped bit of the body.
    for (int cut = 0; cut < good.size(); ++cut) {
        CHECK_THROWS_AS(FeedCodec::decode(good.left(cut)), CoalitionError);
        ++refused;
    }
    for (int at = 0; at < good.size() - 1; ++at) {
        QByteArray flipped = good;
        flipped[at] = char(flipped[at] ^ 0x01);
        if (flipped == good)
            continue;
        CHECK_THROWS_AS(FeedCodec::decode(flipped), CoalitionError);
        ++refused;
    }
    CHECK(refused > 100);
    CHECK_THROWS_WITH(FeedCodec::decode(QByteArray(1 << 20, 'x')),
                      Catch::Contains("not a Coalition feed"));
    QByteArray invalidUtf8 = good;
    invalidUtf8.replace("Afshana", "Afsh\xff\xfe"
                                   "a");
    invalidUtf8 = invalidUtf8.left(invalidUtf8.lastIndexOf("sha256\t"));
    invalidUtf8 += "sha256\t" + FeedCodec::checksum(invalidUtf8) + '\n';
    CHECK_THROWS_WITH(FeedCodec::decode(invalidUtf8), Catch::Contains("not UTF-8"));
}

TEST_CASE("The header names the team - header lines a later version adds are passed over", "[feed]")
{
    FeedState state;
    state[{QStringLiteral("contacts"), QStringLiteral("x")}].fields.insert(
        QStringLiteral("name"),
        FieldValue{QStringLiteral("Maria"), {1, 0, QStringLiteral("d")}, {}});
    const QString team = QStringLiteral("6f1c2b9e-2f7d-4c55-9d3e-0b7f1e2a9c41");
    const QByteArray bytes = FeedCodec::encode(state, 3, {}, team);
    CHECK(bytes.contains("\nteam\t" + team.toUtf8() + '\n'));
    CHECK(FeedCodec::teamOf(bytes) == team);
    CHECK(FeedCodec::teamOf(FeedCodec::encode(state, 3)).isEmpty());
    CHECK(FeedCodec::decode(bytes) == state);

    QByteArray later = bytes.left(bytes.lastIndexOf("sha256\t"));
    later.replace("\nfields\t", "\nregion\tMidwest\nfields\t");
    later += "sha256\t" + FeedCodec::checksum(later) + '\n';
    CHECK(FeedCodec::decode(later) == state);
    CHECK(FeedCodec::teamOf(later) == team);
}

TEST_CASE("Database - feed - new database - feed gives the same bytes", "[feed]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const FeedState first = SyncStore(*t.database).localState();
    const QByteArray bytes = FeedCodec::encode(first, 2);

    auto fresh = Database::open(t.file(QStringLiteral("fresh.sqlite")), t.clock);
    SyncStore store(*fresh);
    Transaction transaction(*fresh);
    const FeedMerge::Result merged = FeedMerge::merge(store.localState(), FeedCodec::decode(bytes));
    store.apply(store.localState(), merged);
    transaction.commit();
    CHECK(FeedCodec::encode(store.localState(), 2) == bytes);
    CHECK(ActionItemRepository(*fresh).count() == ActionItemRepository(*t.database).count());
}
