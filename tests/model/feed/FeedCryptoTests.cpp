#include "model/domain/CoalitionError.h"
#include "model/feed/FeedCompression.h"
#include "model/feed/FeedCompressor.h"
#include "model/feed/FeedDecompressor.h"
#include "model/feed/SegmentCipher.h"
#include "model/feed/SegmentSealer.h"
#include "model/feed/Sodium.h"
#include "model/feed/TeamKey.h"

#include <catch2/catch.hpp>

#include <zstd.h>

TEST_CASE("Argon2id as the feed calls it matches the reference implementation's answer",
          "[feed][crypto]")
{
    // From the reference implementation (Debian's argon2 tool), independent of libsodium:
    //   echo -n "solidarity forever" | argon2 coalition-salt16 -id -t 3 -k 65536 -p 1 -l 32 -r
    const QByteArray password = "solidarity forever";
    const QByteArray salt = "coalition-salt16";
    QByteArray key(32, Qt::Uninitialized);
    Sodium::init();
    REQUIRE(crypto_pwhash(Sodium::bytes(key), 32, password.constData(), size_t(password.size()),
                          Sodium::bytes(salt), TeamKey::opsLimit, TeamKey::memLimit,
                          crypto_pwhash_ALG_ARGON2ID13) == 0);
    CHECK(key.toHex() == "c47c89a513027d60217f5e87592e49720a764e4e633820dae7460e1adebf9c01");
}

TEST_CASE("A team key locked with a passphrase opens with it only - and only under the same "
          "header",
          "[feed][crypto]")
{
    const QByteArray bound = "COALITION-FEED\t2\nteam\tt\nkey\tk\n";
    const TeamKey key = TeamKey::generate();
    const TeamKey::Lock lock = key.lock(QStringLiteral("solidarity forever"), bound);
    CHECK(lock.opsLimit == TeamKey::opsLimit);
    CHECK(lock.memLimit == TeamKey::memLimit);
    const TeamKey opened =
        TeamKey::unlock(lock, QStringLiteral("solidarity forever"), key.id(), bound);
    CHECK(opened.subkey(TeamKey::Purpose::SegmentContent) ==
          key.subkey(TeamKey::Purpose::SegmentContent));
    CHECK(opened.subkey(TeamKey::Purpose::SegmentContent) !=
          opened.subkey(TeamKey::Purpose::SegmentList));
    CHECK_THROWS_WITH(TeamKey::unlock(lock, QStringLiteral("solidarity forever!"), key.id(), bound),
                      Catch::Contains("does not open this feed"));
    CHECK_THROWS_AS(TeamKey::unlock(lock, QStringLiteral("solidarity forever"), key.id(),
                                    "COALITION-FEED\t2\nteam\tother\nkey\tk\n"),
                    CoalitionError);
    TeamKey::Lock greedy = lock;
    greedy.memLimit = TeamKey::maxMemLimit * 2; // a hostile header asking for 2 GB
    CHECK_THROWS_WITH(
        TeamKey::unlock(greedy, QStringLiteral("solidarity forever"), key.id(), bound),
        Catch::Contains("lock is damaged"));
    // Two locks of one key differ (fresh salt and nonce) yet open the same key.
    CHECK(key.lock(QStringLiteral("solidarity forever"), bound).wrapped != lock.wrapped);
}

TEST_CASE("A sealed segment opens whole - any cut, flipped bit, other key or other header is "
          "refused",
          "[feed][crypto]")
{
    const QByteArray key = TeamKey::generate().subkey(TeamKey::Purpose::SegmentContent);
    const QByteArray bound = "header\nsegment\tabc\n";
    QByteArray content((3 << 20) + 100, Qt::Uninitialized); // four messages of up to 1 MiB
    for (int i = 0; i < content.size(); ++i)
        content[i] = char(i * 7 + i / 1000);
    const QByteArray sealed = SegmentCipher::seal(key, bound, "kind\tchanges\n", content);
    const SegmentCipher::Opened opened = SegmentCipher::open(key, bound, sealed);
    CHECK(opened.description == "kind\tchanges\n");
    CHECK(opened.content == content);
    CHECK(SegmentCipher::openDescription(key, bound, sealed) == "kind\tchanges\n");
    // Sealed as it comes, in pieces of any size: the same messages (four, the last FINAL).
    SegmentSealer sealer(key, bound, "kind\tchanges\n");
    for (qsizetype at = 0; at < content.size(); at += 300007)
        sealer.add(
            QByteArrayView(content).sliced(at, qMin<qsizetype>(300007, content.size() - at)));
    const QByteArray pieced = sealer.finish();
    CHECK(pieced.size() == sealed.size());
    CHECK(SegmentCipher::open(key, bound, pieced).content == content);
    CHECK_FALSE(sealed.contains("kind"));

    // Every cut at and between message boundaries.
    const qsizetype message = (1 << 20) + 4 + crypto_secretstream_xchacha20poly1305_ABYTES;
    const qsizetype first = 24 + 4 + 13 + crypto_secretstream_xchacha20poly1305_ABYTES;
    for (const qsizetype cut :
         {qsizetype(0), qsizetype(10), qsizetype(24), first, first + 1, first + message,
          first + 2 * message, first + 3 * message, sealed.size() - 1})
        CHECK_THROWS_AS(SegmentCipher::open(key, bound, sealed.left(cut)), CoalitionError);
    CHECK_THROWS_AS(SegmentCipher::open(key, bound, sealed + 'x'), CoalitionError);
    for (const qsizetype at : {qsizetype(3), qsizetype(30), first + 100, sealed.size() - 2}) {
        QByteArray flipped = sealed;
        flipped[at] = char(flipped[at] ^ 0x10);
        CHECK_THROWS_AS(SegmentCipher::open(key, bound, flipped), CoalitionError);
    }
    CHECK_THROWS_AS(
        SegmentCipher::open(TeamKey::generate().subkey(TeamKey::Purpose::SegmentContent), bound,
                            sealed),
        CoalitionError);
    CHECK_THROWS_AS(SegmentCipher::open(key, "header\nsegment\tabd\n", sealed), CoalitionError);
}

TEST_CASE("zstd compresses field lines and refuses damaged frames and oversized claims",
          "[feed][crypto]")
{
    QByteArray lines;
    for (int i = 0; i < 2000; ++i)
        lines +=
            "contacts\t" + QByteArray::number(i) + "\tname\t1700000000000\t0\tdevice\tAna\tX\n";
    const QByteArray frame = FeedCompression::compress(lines);
    CHECK(frame.size() * 5 < lines.size());
    CHECK(FeedCompression::decompress(frame, lines.size()) == lines);
    CHECK_THROWS_WITH(FeedCompression::decompress(frame, lines.size() - 1),
                      Catch::Contains("more than a feed"));
    CHECK_THROWS_AS(FeedCompression::decompress(frame.left(frame.size() / 2), 1 << 20),
                    CoalitionError);
    CHECK_THROWS_AS(FeedCompression::decompress("not zstd", 1 << 20), CoalitionError);
}

TEST_CASE("A frame compressed piece by piece reads back whole - and its size is checked as it "
          "grows",
          "[feed][crypto]")
{
    QByteArray lines;
    FeedCompressor compressor;
    for (int i = 0; i < 50000; ++i) {
        const QByteArray line = "action_items\t" + QByteArray::number(i) +
                                "\towner\t1700000000000\t0\tdevice\tAna\tMaría " +
                                QByteArray::number(i % 97) + '\n';
        lines += line;
        compressor.add(line); // pieces of every size, as a database is read
    }
    const QByteArray frame = compressor.finish();
    CHECK(frame.size() * 5 < lines.size());
    // The frame does not say how large it is: the limit holds all the same.
    CHECK(ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size())) ==
          ZSTD_CONTENTSIZE_UNKNOWN);
    CHECK(FeedCompression::decompress(frame, lines.size()) == lines);
    CHECK_THROWS_WITH(FeedCompression::decompress(frame, lines.size() - 1),
                      Catch::Contains("more than a feed"));
    for (const qsizetype cut : {qsizetype(6), frame.size() / 2, frame.size() - 1})
        CHECK_THROWS_AS(FeedCompression::decompress(frame.left(cut), 1 << 30), CoalitionError);
    CHECK_THROWS_AS(FeedCompression::decompress(frame + "trailing", 1 << 30), CoalitionError);
    // Given in pieces, as a segment's messages are decrypted: the same lines.
    QByteArray pieced;
    FeedDecompressor decompressor(lines.size(),
                                  [&pieced](QByteArrayView piece) { pieced += piece; });
    for (qsizetype at = 0; at < frame.size(); at += 4099)
        decompressor.add(
            QByteArrayView(frame).sliced(at, qMin<qsizetype>(4099, frame.size() - at)));
    CHECK(decompressor.finish() == lines.size());
    CHECK(pieced == lines);
    FeedDecompressor cut(lines.size(), [](QByteArrayView) {});
    cut.add(QByteArrayView(frame).first(frame.size() - 3));
    CHECK_THROWS_AS(cut.finish(), CoalitionError);
    FeedDecompressor twice(2 * lines.size(), [](QByteArrayView) {});
    twice.add(frame);
    CHECK_THROWS_AS(twice.add(frame), CoalitionError);
    // Nothing given is an empty frame, not an error.
    CHECK(FeedCompression::decompress(FeedCompressor().finish(), 10).isEmpty());
}
