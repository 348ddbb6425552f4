#include "model/domain/CoalitionError.h"
#include "model/feed/FeedLines.h"
#include "model/feed/SegmentedFeed.h"
#include "model/feed/SyncStore.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace {

const QString passphrase = QStringLiteral("solidarity forever");
const QString team = QStringLiteral("7b1c2a5e-0000-4000-8000-00000000c0a1");

FeedState oneField(const QString &id, const QString &value, qint64 wall, const QString &device)
{
    FeedState state;
    state[{QStringLiteral("contacts"), id}].fields.insert(
        QStringLiteral("name"), FieldValue{value, {wall, 0, device}, QStringLiteral("Ana")});
    return state;
}

// A feed of the sample data, then two changes of laptop a and one of laptop b.
SegmentedFeed sampleFeed(FeedState &sample)
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    sample = SyncStore(*t.database).localState();
    SegmentedFeed feed = SegmentedFeed::create(team, passphrase, 5);
    feed.replaceWithSnapshot(sample, QStringLiteral("aaaaaaaa-1"), 5);
    feed.append(oneField(QStringLiteral("c1"), QStringLiteral("Afshana"), 10, QStringLiteral("a")),
                QStringLiteral("aaaaaaaa-1"), 5);
    feed.append(oneField(QStringLiteral("c2"), QStringLiteral("Berta"), 11, QStringLiteral("b")),
                QStringLiteral("bbbbbbbb-2"), 5);
    feed.append(oneField(QStringLiteral("c3"), QStringLiteral("Carmen"), 12, QStringLiteral("a")),
                QStringLiteral("aaaaaaaa-1"), 5);
    return feed;
}

// A format 2 feed taken apart: its five header lines, its segments' frames (each
// "segment …\n<bytes>\n"), and its list line.
struct Parts
{
    QByteArray header; // without the "segments" line
    QVector<QByteArray> frames;
    QByteArray list;

    explicit Parts(const QByteArray &bytes)
    {
        qsizetype at = 0;
        for (int line = 0; line < 4; ++line)
            at = bytes.indexOf('\n', at) + 1;
        header = bytes.left(at);
        at = bytes.indexOf('\n', at) + 1; // "segments N"
        while (bytes.mid(at, 8) == "segment\t") {
            const qsizetype end = bytes.indexOf('\n', at);
            const qsizetype length = bytes.mid(at, end - at).split('\t').value(2).toLongLong();
            frames.append(bytes.mid(at, end + 1 + length + 1 - at));
            at = end + 1 + length + 1;
        }
        list = bytes.mid(at);
    }
    QByteArray joined(const QVector<QByteArray> &order) const
    {
        QByteArray out = header + "segments\t" + QByteArray::number(order.size()) + '\n';
        for (const QByteArray &frame : order)
            out += frame;
        return out + list;
    }
};

} // namespace

TEST_CASE("Format 2 round-trips the sample data - and nothing readable is left in the file",
          "[feed][format2]")
{
    FeedState sample;
    const SegmentedFeed written = sampleFeed(sample);
    const QByteArray bytes = written.bytes();
    const SegmentedFeed read = SegmentedFeed::open(bytes, passphrase);
    REQUIRE(read.segments().size() == 4);
    CHECK(read.team() == team);
    CHECK(read.isEncrypted());
    CHECK(read.content(read.segments()[0]) == sample);
    CHECK(read.content(read.segments()[3]) ==
          oneField(QStringLiteral("c3"), QStringLiteral("Carmen"), 12, QStringLiteral("a")));
    CHECK(read.head(QStringLiteral("aaaaaaaa-1")).first == 2);
    CHECK(read.head(QStringLiteral("bbbbbbbb-2")).first == 1);
    CHECK(read.bytes() == bytes);

    // No value, field name, entity, author or device of the sample appears in the file.
    QSet<QString> words;
    for (auto record = sample.cbegin(); record != sample.cend(); ++record) {
        words << record.key().first;
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            words << field.key() << field->author << field->stamp.device;
            if (field->value && field->value->size() >= 5)
                words << *field->value;
        }
    }
    words << QStringLiteral("Afshana") << QStringLiteral("aaaaaaaa");
    REQUIRE(words.size() > 400);
    int found = 0;
    for (const QString &word : qAsConst(words)) {
        if (word.size() >= 4 && bytes.contains(word.toUtf8())) {
            UNSCOPED_INFO(word.toStdString());
            ++found;
        }
    }
    CHECK(found == 0);
}

TEST_CASE("Format 2 refuses every cut - flipped bit - foreign segment and wrong passphrase",
          "[feed][format2]")
{
    FeedState sample;
    const QByteArray bytes = sampleFeed(sample).bytes();
    const Parts parts(bytes);
    REQUIRE(parts.frames.size() == 4);
    REQUIRE(parts.joined(parts.frames) == bytes);

    // Cuts at every segment boundary and inside every segment.
    QVector<qsizetype> cuts = {0, 5, parts.header.size(), bytes.size() - parts.list.size(),
                               bytes.size() - 1};
    qsizetype at = bytes.size() - parts.list.size();
    for (int i = parts.frames.size() - 1; i >= 0; --i) {
        at -= parts.frames[i].size();
        cuts << at << at + 10 << at + parts.frames[i].size() / 2 << at + parts.frames[i].size() - 1;
    }
    for (const qsizetype cut : cuts) {
        INFO("cut at " << cut);
        CHECK_THROWS_AS(SegmentedFeed::open(bytes.left(cut), passphrase), CoalitionError);
    }
    // A flipped bit in every header line and every segment.
    QVector<qsizetype> flips;
    for (qsizetype line = 0; line < parts.header.size();
         line = parts.header.indexOf('\n', line) + 1)
        flips << line + 2;
    at = bytes.size() - parts.list.size();
    for (int i = parts.frames.size() - 1; i >= 0; --i) {
        at -= parts.frames[i].size();
        flips << at + parts.frames[i].size() / 2 << at + parts.frames[i].size() - 2;
    }
    flips << bytes.size() - 3;
    for (const qsizetype flip : flips) {
        INFO("bit flipped at " << flip);
        QByteArray flipped = bytes;
        flipped[flip] = char(flipped[flip] ^ 0x04);
        CHECK_THROWS_AS(SegmentedFeed::open(flipped, passphrase), CoalitionError);
    }
    // A segment of another feed under another key, in place of one of ours.
    FeedState other;
    const Parts foreign(sampleFeed(other).bytes());
    QVector<QByteArray> mixed = parts.frames;
    mixed[2] = foreign.frames[2];
    CHECK_THROWS_WITH(SegmentedFeed::open(parts.joined(mixed), passphrase),
                      Catch::Contains("not written with this team's key"));

    CHECK_THROWS_WITH(SegmentedFeed::open(bytes, QStringLiteral("solidarity")),
                      Catch::Contains("does not open this feed"));
    CHECK_THROWS_WITH(SegmentedFeed::open(bytes, QString()), Catch::Contains("give it"));
    CHECK_THROWS_WITH(SegmentedFeed::open(QByteArray("COALITION-FEED\t3\n"), passphrase),
                      Catch::Contains("newer Coalition (format 3)"));
}

TEST_CASE("Format 2 names a segment removed - replayed - reordered or duplicated",
          "[feed][format2]")
{
    FeedState sample;
    const Parts parts(sampleFeed(sample).bytes());
    const QVector<QByteArray> &f = parts.frames; // snapshot, a1, b1, a2
    CHECK_THROWS_WITH(SegmentedFeed::open(parts.joined({f[0], f[2], f[3]}), passphrase),
                      Catch::Contains("Segment 1 of laptop aaaaaaaa is missing"));
    CHECK_THROWS_WITH(SegmentedFeed::open(parts.joined({f[0], f[3], f[1], f[2]}), passphrase),
                      Catch::Contains("Segment 1 of laptop aaaaaaaa is missing"));
    CHECK_THROWS_WITH(SegmentedFeed::open(parts.joined({f[0], f[1], f[2], f[3], f[1]}), passphrase),
                      Catch::Contains("segment 1 of laptop aaaaaaaa twice"));
    CHECK_THROWS_WITH(SegmentedFeed::open(parts.joined({f[1], f[0], f[2], f[3]}), passphrase),
                      Catch::Contains("incomplete"));
    // The last segment dropped keeps every chain whole; the authenticated list catches it.
    CHECK_THROWS_WITH(SegmentedFeed::open(parts.joined({f[0], f[1], f[2]}), passphrase),
                      Catch::Contains("incomplete"));
}

TEST_CASE("A feed kept as a team server's rows opens to the same state - a row removed - "
          "reordered - replayed or relabelled is refused",
          "[feed][format2][server]")
{
    FeedState sample;
    const SegmentedFeed feed = sampleFeed(sample);
    QVector<SegmentedFeed::StoredSegment> rows;
    for (const SegmentedFeed::Segment &segment : feed.segments())
        rows.append({segment.id, segment.description.kind, segment.sealed});
    const SegmentedFeed opened = SegmentedFeed::openStored(feed.header(), rows, passphrase);
    REQUIRE(opened.segments().size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(opened.content(opened.segments()[i]) == feed.content(feed.segments()[i]));
    CHECK(opened.heads() == feed.heads());
    CHECK(opened.keyId() == feed.keyId());
    CHECK_FALSE(feed.header().contains("Afshana"));
    CHECK(feed.header().count('\n') == 4);

    const auto pick = [&rows](std::initializer_list<int> order) {
        QVector<SegmentedFeed::StoredSegment> picked;
        for (const int i : order)
            picked.append(rows[i]);
        return picked;
    };
    const QByteArray header = feed.header();
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, pick({0, 2, 3}), passphrase),
                      Catch::Contains("Segment 1 of laptop aaaaaaaa is missing"));
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, pick({0, 3, 1, 2}), passphrase),
                      Catch::Contains("Segment 1 of laptop aaaaaaaa is missing"));
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, pick({0, 1, 2, 3, 1}), passphrase),
                      Catch::Contains("segment 1 of laptop aaaaaaaa twice"));
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, pick({1, 0, 2, 3}), passphrase),
                      Catch::Contains("incomplete"));
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, {}, passphrase),
                      Catch::Contains("incomplete"));
    // The server's note of a row's kind must match the sealed description.
    QVector<SegmentedFeed::StoredSegment> relabelled = rows;
    relabelled[1].kind = SegmentDescription::Kind::Snapshot;
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, relabelled, passphrase),
                      Catch::Contains("incomplete"));
    // A row's bytes under another row's id: its description no longer authenticates.
    QVector<SegmentedFeed::StoredSegment> swapped = rows;
    std::swap(swapped[1].sealed, swapped[3].sealed);
    CHECK_THROWS(SegmentedFeed::openStored(header, swapped, passphrase));
    // A header with more after it, or cut, or the wrong passphrase.
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header + "x\n", rows, passphrase),
                      Catch::Contains("header is damaged"));
    CHECK_THROWS(SegmentedFeed::openStored(header.left(header.size() - 10), rows, passphrase));
    CHECK_THROWS_WITH(SegmentedFeed::openStored(header, rows, QStringLiteral("solidarity")),
                      Catch::Contains("does not open this feed"));
}

TEST_CASE("A team server's rows read without their content open the same feed - a segment's "
          "content is fetched only when read - a fetched segment that differs is refused",
          "[feed][format2][server]")
{
    FeedState sample;
    const SegmentedFeed feed = sampleFeed(sample);
    QHash<QByteArray, QByteArray> server;
    QVector<SegmentedFeed::StoredSegment> rows;
    for (const SegmentedFeed::Segment &segment : feed.segments()) {
        server.insert(segment.id, segment.sealed);
        // What the server's query returns: up to the end of the description's message.
        const uchar *length = reinterpret_cast<const uchar *>(segment.sealed.constData()) + 24;
        const qsizetype described =
            28 + (length[0] | length[1] << 8 | length[2] << 16 | qsizetype(length[3]) << 24);
        rows.append({segment.id, segment.description.kind, segment.sealed.left(described),
                     segment.sealed.size()});
        REQUIRE(described < segment.sealed.size());
    }
    QStringList fetched;
    const SegmentedFeed opened =
        SegmentedFeed::openStored(feed.header(), rows, passphrase, [&](const QByteArray &id) {
            fetched << QString::fromLatin1(id);
            return server.value(id);
        });
    CHECK(fetched.isEmpty());
    CHECK(opened.heads() == feed.heads());
    CHECK(opened.snapshotSize() == feed.snapshotSize());
    CHECK(opened.changesSize() == feed.changesSize());
    CHECK(opened.content(opened.segments()[2]) == feed.content(feed.segments()[2]));
    CHECK(fetched == QStringList{QString::fromLatin1(feed.segments()[2].id)});
    CHECK(opened.content(opened.segments()[2]) == feed.content(feed.segments()[2]));
    CHECK(fetched.size() == 1); // kept once fetched
    CHECK(opened.content(opened.segments()[0]) == sample);

    // The server answers with other bytes for a row: refused, not read.
    const SegmentedFeed lied =
        SegmentedFeed::openStored(feed.header(), rows, passphrase, [&](const QByteArray &) {
            return server.value(feed.segments()[3].id);
        });
    CHECK_THROWS_WITH(lied.content(lied.segments()[1]), Catch::Contains("incomplete"));
    // Rows in part without a way to fetch the rest: refused when opened.
    CHECK_THROWS(SegmentedFeed::openStored(feed.header(), rows, passphrase));
}

TEST_CASE("A new passphrase re-locks the key without rewriting segments - a rotated key shuts "
          "the old passphrase out",
          "[feed][format2]")
{
    FeedState sample;
    SegmentedFeed feed = sampleFeed(sample);
    const Parts before(feed.bytes());
    feed.changePassphrase(QStringLiteral("new moon over the river"));
    const QByteArray relocked = feed.bytes();
    CHECK(Parts(relocked).frames == before.frames);
    CHECK_THROWS_AS(SegmentedFeed::open(relocked, passphrase), CoalitionError);
    const SegmentedFeed reopened =
        SegmentedFeed::open(relocked, QStringLiteral("new moon over the river"));
    CHECK(reopened.content(reopened.segments()[0]) == sample);

    // Rotating: a fresh key and a fresh snapshot; an old passphrase (and an old copy of the
    // header's lock, pasted back) open nothing.
    feed.rotateKey(QStringLiteral("after Kim left the team"));
    feed.replaceWithSnapshot(sample, QStringLiteral("aaaaaaaa-1"), 5);
    const QByteArray rotated = feed.bytes();
    CHECK_THROWS_AS(SegmentedFeed::open(rotated, QStringLiteral("new moon over the river")),
                    CoalitionError);
    Parts pasted(rotated);
    pasted.header = Parts(relocked).header;
    CHECK_THROWS_AS(SegmentedFeed::open(pasted.joined(pasted.frames),
                                        QStringLiteral("new moon over the river")),
                    CoalitionError);
    const SegmentedFeed now =
        SegmentedFeed::open(rotated, QStringLiteral("after Kim left the team"));
    REQUIRE(now.segments().size() == 1);
    CHECK(now.content(now.segments()[0]) == sample);
    // The chains go on where they were.
    CHECK(now.head(QStringLiteral("aaaaaaaa-1")).first == 2);
}

TEST_CASE("A feed without encryption opens with no passphrase and still detects damage",
          "[feed][format2]")
{
    SegmentedFeed feed = SegmentedFeed::create(team, {}, 5);
    feed.append(oneField(QStringLiteral("c1"), QStringLiteral("Afshana"), 10, QStringLiteral("a")),
                QStringLiteral("aaaaaaaa-1"), 5);
    const QByteArray bytes = feed.bytes();
    CHECK(bytes.contains("lock\tnone\n"));
    const SegmentedFeed read = SegmentedFeed::open(bytes, {});
    CHECK_FALSE(read.isEncrypted());
    CHECK(read.content(read.segments()[1]) ==
          oneField(QStringLiteral("c1"), QStringLiteral("Afshana"), 10, QStringLiteral("a")));
    QByteArray flipped = bytes;
    flipped[bytes.size() - 20] = char(flipped[bytes.size() - 20] ^ 1);
    CHECK_THROWS_AS(SegmentedFeed::open(flipped, {}), CoalitionError);
}

TEST_CASE("The format 2 feed committed in tests/data still decodes to its expected state",
          "[feed][format2]")
{
    QFile feedFile(QStringLiteral(COALITION_TEST_DATA_DIR "/feed/format2-known.feed"));
    QFile linesFile(QStringLiteral(COALITION_TEST_DATA_DIR "/feed/format2-known.lines"));
    REQUIRE(feedFile.open(QIODevice::ReadOnly));
    REQUIRE(linesFile.open(QIODevice::ReadOnly));
    const SegmentedFeed feed = SegmentedFeed::open(feedFile.readAll(), passphrase);
    REQUIRE(feed.segments().size() == 2);
    FeedState state = feed.content(feed.segments()[0]);
    const FeedState changes = feed.content(feed.segments()[1]);
    for (auto record = changes.cbegin(); record != changes.cend(); ++record)
        state[record.key()].fields.insert(record->fields);
    CHECK(FeedLines::encode(state) == linesFile.readAll());
}

TEST_CASE("A snapshot written from the database's lines as they are read holds the database's "
          "state",
          "[feed][segments]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    // Values the lines escape, and a NULL, beside the sample's.
    Statement(t.database->connection(),
              QStringLiteral("UPDATE field_stamps SET value = 'tab\there\nline\\\\ and \\r' WHERE "
                             "field = 'name' AND record_id = (SELECT min(record_id) FROM "
                             "field_stamps WHERE field = 'name')"))
        .exec();
    Statement(t.database->connection(),
              QStringLiteral("UPDATE field_stamps SET value = NULL WHERE field = 'notes'"))
        .exec();
    const SyncStore store(*t.database);
    const FeedState state = store.localState();
    SegmentedFeed feed = SegmentedFeed::create(team, passphrase, 5);
    feed.replaceWithSnapshot(
        [&store](const SegmentedFeed::LineSink &sink) { return store.writeStateLines(sink); },
        store.stampCount(), QStringLiteral("aaaaaaaa-1"), 5);
    const SegmentedFeed opened = SegmentedFeed::open(feed.bytes(), passphrase);
    CHECK(opened.segments().first().description.fields ==
          Statement(t.database->connection(), QStringLiteral("SELECT count(*) FROM field_stamps"))
              .scalar()
              .toInt());
    // A count that does not hold is refused before anything is kept.
    CHECK_THROWS_AS(
        feed.replaceWithSnapshot(
            [&store](const SegmentedFeed::LineSink &sink) { return store.writeStateLines(sink); },
            store.stampCount() + 1, QStringLiteral("aaaaaaaa-1"), 5),
        CoalitionError);
    CHECK(opened.content(opened.segments().first()) == state);
    // The same lines as the whole state encoded at once.
    QByteArray streamed;
    store.writeStateLines([&streamed](QByteArrayView piece) { streamed += piece; });
    CHECK(streamed == FeedLines::encode(state));
}
