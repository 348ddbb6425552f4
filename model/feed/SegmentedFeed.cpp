#include "model/feed/SegmentedFeed.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/FeedCompression.h"
#include "model/feed/FeedCompressor.h"
#include "model/feed/FeedCursor.h"
#include "model/feed/FeedDecompressor.h"
#include "model/feed/FeedLines.h"
#include "model/feed/PassphraseNeeded.h"
#include "model/feed/SegmentChains.h"
#include "model/feed/SegmentCipher.h"
#include "model/feed/SegmentSealer.h"
#include "model/feed/Sodium.h"

#include <QCoreApplication>
#include <QSet>
#include <limits>

namespace {

// The most a segment's content may hold once decompressed: 32 times its sealed size (field
// lines each carry a random record id; the sample's compress 9.4 times, a million
// generated items' 10 times), and at least 64 MiB. The content is read as it is
// decompressed, never whole, so the limit is not memory: it keeps a segment made to
// decompress without end from costing a sync hours before it is refused.
qsizetype maxContentSize(const SegmentedFeed::Segment &segment)
{
    return qMax(qsizetype(64) << 20, 32 * segment.size());
}

} // namespace

int SegmentedFeed::formatOf(const QByteArray &bytes)
{
    const QList<QByteArray> first = bytes.left(bytes.indexOf('\n')).split('\t');
    if (first.value(0) != FeedHeader::magic())
        return 0;
    return first.value(1).toInt();
}

SegmentedFeed SegmentedFeed::create(const QString &team, const QString &passphrase, int schema)
{
    SegmentedFeed feed(FeedHeader(
        team, passphrase.isEmpty() ? TeamKey::unencrypted(team) : TeamKey::generate(), passphrase));
    feed.replaceWithSnapshot(FeedState(), {}, schema);
    return feed;
}

QByteArray SegmentedFeed::segmentBoundData(const QByteArray &id) const
{
    return m_header.boundData() + "segment\t" + id + '\n';
}

// A keyed BLAKE2b of the header and of every segment in order: the last line of the feed.
QByteArray SegmentedFeed::listCode() const
{
    const QByteArray key = m_header.key().subkey(TeamKey::Purpose::SegmentList);
    crypto_generichash_state state;
    crypto_generichash_init(&state, Sodium::bytes(key), size_t(key.size()), 32);
    const auto add = [&state](const QByteArray &bytes) {
        crypto_generichash_update(&state, Sodium::bytes(bytes), size_t(bytes.size()));
    };
    add(m_header.boundData());
    for (const Segment &segment : m_segments) {
        QByteArray digest(32, Qt::Uninitialized);
        const QByteArray &sealed = whole(segment);
        crypto_generichash(Sodium::bytes(digest), 32, Sodium::bytes(sealed), size_t(sealed.size()),
                           nullptr, 0);
        add(segment.id + '\t' + digest + '\n');
    }
    QByteArray code(32, Qt::Uninitialized);
    crypto_generichash_final(&state, Sodium::bytes(code), 32);
    return code.toHex();
}

void SegmentedFeed::addOpened(const QByteArray &id, const QByteArray &sealed)
{
    Segment segment;
    segment.id = id;
    segment.sealed = sealed;
    segment.description = SegmentDescription::fromText(
        SegmentCipher::openDescription(m_header.key().subkey(TeamKey::Purpose::SegmentContent),
                                       segmentBoundData(segment.id), segment.sealed));
    m_segments.append(std::move(segment));
}

SegmentedFeed SegmentedFeed::open(const QByteArray &bytes, const QString &passphrase)
{
    Sodium::init();
    if (bytes.isEmpty())
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed file is empty; nothing was changed."));
    FeedCursor cursor(bytes);
    SegmentedFeed feed(FeedHeader::read(cursor, passphrase));
    const QList<QByteArray> count = cursor.line();
    int segments = -1;
    if (count.size() != 2 || count[0] != "segments" || !FeedLines::parseNumber(count[1], segments))
        throw FeedHeader::damaged();
    feed.m_sources = {bytes}; // shared, not copied: the segments' bytes are in it
    for (int i = 0; i < segments; ++i) {
        const QList<QByteArray> frame = cursor.line();
        qsizetype length = -1;
        if (frame.size() != 3 || frame[0] != "segment" || !FeedLines::parseNumber(frame[2], length))
            throw SegmentChains::incomplete();
        feed.addOpened(frame[1], cursor.run(length));
    }
    const QList<QByteArray> list = cursor.line();
    SegmentChains::check(feed.m_segments);
    if (list.size() != 2 || list[0] != "list" || !cursor.atEnd() ||
        sodium_memcmp(list[1].constData(), feed.listCode().constData(), 64) != 0 ||
        list[1].size() != 64)
        throw SegmentChains::incomplete();
    return feed;
}

SegmentedFeed SegmentedFeed::openStored(const QByteArray &header,
                                        const QVector<StoredSegment> &segments,
                                        const QString &passphrase, SegmentLoader load)
{
    Sodium::init();
    FeedCursor cursor(header);
    SegmentedFeed feed(FeedHeader::read(cursor, passphrase));
    if (!cursor.atEnd())
        throw FeedHeader::damaged();
    if (segments.isEmpty() || segments.first().kind != SegmentDescription::Kind::Snapshot)
        throw SegmentChains::incomplete();
    for (const StoredSegment &stored : segments) {
        feed.addOpened(stored.id, stored.sealed);
        if (stored.size >= 0 && stored.size != stored.sealed.size()) {
            if (!load || stored.size < stored.sealed.size())
                throw SegmentChains::incomplete();
            feed.m_segments.last().storedSize = stored.size;
        }
        // The server's own note of a segment's kind must be what the sealed description
        // says: the server orders the snapshot first by it.
        if (feed.m_segments.last().description.kind != stored.kind)
            throw SegmentChains::incomplete();
    }
    SegmentChains::check(feed.m_segments);
    feed.m_load = std::move(load);
    return feed;
}

const QByteArray &SegmentedFeed::whole(const Segment &segment) const
{
    if (segment.storedSize < 0)
        return segment.sealed;
    auto loaded = m_loaded.find(segment.id);
    if (loaded == m_loaded.end()) {
        QByteArray bytes = m_load(segment.id);
        // The whole of what was described: the same size, the same description bytes
        // (the content is authenticated as it is read).
        if (bytes.size() != segment.storedSize || !bytes.startsWith(segment.sealed))
            throw SegmentChains::incomplete();
        loaded = m_loaded.insert(segment.id, std::move(bytes));
    }
    return *loaded;
}

FeedState SegmentedFeed::content(const Segment &segment) const
{
    FeedState whole;
    readContent(segment, std::numeric_limits<int>::max(),
                [&whole](FeedState &&slice) { whole = std::move(slice); });
    return whole;
}

void SegmentedFeed::readContent(const Segment &segment, int sliceRecords,
                                const std::function<void(FeedState &&)> &take) const
{
    // Read as it is decrypted and decompressed, whole lines at a time: a snapshot's text
    // is ten times its compressed size, and only the state it makes is kept.
    FeedState state;
    int fields = 0;
    int lineNumber = 1;
    const auto read = [&](QByteArrayView lines) {
        if (!lines.isValidUtf8())
            throw CoalitionError(QCoreApplication::translate(
                "FeedCodec", "A segment of the feed is not UTF-8 text; nothing was changed."));
        fields += FeedLines::parseInto(state, lines, lineNumber);
        lineNumber += int(lines.count('\n'));
        // Records come whole, one after another: all but the last, which the next lines
        // may go on with, make a slice.
        if (state.size() > sliceRecords) {
            const auto last = std::prev(state.end());
            const RecordKey key = last.key();
            FeedRecord unfinished = *last;
            state.erase(last);
            take(std::move(state));
            state = FeedState();
            state.insert(key, unfinished);
        }
    };
    QByteArray pending;
    FeedDecompressor decompressor(maxContentSize(segment), [&](QByteArrayView piece) {
        pending.append(piece);
        const qsizetype end = pending.lastIndexOf('\n');
        if (end < 0)
            return;
        read(QByteArrayView(pending).first(end + 1));
        pending.remove(0, end + 1);
    });
    SegmentCipher::openContent(
        m_header.key().subkey(TeamKey::Purpose::SegmentContent), segmentBoundData(segment.id),
        whole(segment), [&decompressor](QByteArrayView message) { decompressor.add(message); });
    decompressor.finish();
    read(pending); // a last line without its line feed
    if (fields != segment.description.fields)
        throw SegmentChains::incomplete();
    take(std::move(state));
}

QPair<qint64, QByteArray> SegmentedFeed::head(const QString &device) const
{
    QPair<qint64, QByteArray> head = m_segments.first().description.heads.value(device, {0, {}});
    for (const Segment &segment : m_segments) {
        if (segment.description.kind == SegmentDescription::Kind::Changes &&
            segment.description.device == device)
            head = {segment.description.number, segment.id};
    }
    return head;
}

SegmentedFeed::Segment SegmentedFeed::seal(const FeedState &state,
                                           SegmentDescription description) const
{
    const QByteArray lines = FeedLines::encode(state, &description.fields);
    return sealCompressed(FeedCompression::compress(lines), description);
}

SegmentedFeed::Segment SegmentedFeed::sealCompressed(const QByteArray &content,
                                                     const SegmentDescription &description) const
{
    Segment segment;
    segment.id = Sodium::randomBytes(16).toHex();
    segment.description = description;
    segment.sealed =
        SegmentCipher::seal(m_header.key().subkey(TeamKey::Purpose::SegmentContent),
                            segmentBoundData(segment.id), description.toText(), content);
    return segment;
}

void SegmentedFeed::append(const FeedState &changes, const QString &device, int schema)
{
    SegmentDescription description;
    description.kind = SegmentDescription::Kind::Changes;
    description.device = device;
    description.schema = schema;
    const auto [number, id] = head(device);
    description.number = number + 1;
    description.previous = id;
    m_segments.append(seal(changes, description));
}

QHash<QString, QPair<qint64, QByteArray>> SegmentedFeed::heads() const
{
    QHash<QString, QPair<qint64, QByteArray>> all;
    for (const Segment &segment : m_segments) {
        const auto &snapshotHeads = segment.description.heads;
        for (auto head = snapshotHeads.cbegin(); head != snapshotHeads.cend(); ++head)
            all.insert(head.key(), head.value());
        if (segment.description.kind == SegmentDescription::Kind::Changes)
            all.insert(segment.description.device, {segment.description.number, segment.id});
    }
    return all;
}

bool SegmentedFeed::absorb(const SegmentedFeed &copy)
{
    if (copy.m_header.key().id() != m_header.key().id() ||
        copy.m_header.team() != m_header.team() ||
        copy.m_segments.first().id != m_segments.first().id)
        return false;
    QSet<QByteArray> ids;
    for (const Segment &segment : qAsConst(m_segments))
        ids.insert(segment.id);
    const QVector<Segment> before = m_segments;
    for (const Segment &segment : copy.m_segments) {
        if (!ids.contains(segment.id))
            m_segments.append(segment);
    }
    try {
        SegmentChains::check(m_segments);
    } catch (const CoalitionError &) {
        m_segments = before;
        return false;
    }
    m_sources += copy.m_sources; // where the segments taken in are
    return true;
}

void SegmentedFeed::replaceWithSnapshot(const FeedState &state, const QString &device, int schema,
                                        const QHash<QString, QPair<qint64, QByteArray>> &extraHeads)
{
    int lineCount = 0;
    const QByteArray encoded = FeedLines::encode(state, &lineCount);
    replaceWithSnapshot(
        [&encoded, lineCount](const LineSink &sink) {
            sink(encoded);
            return lineCount;
        },
        lineCount, device, schema, extraHeads);
}

void SegmentedFeed::replaceWithSnapshot(const LineSource &lines, int lineCount,
                                        const QString &device, int schema,
                                        const QHash<QString, QPair<qint64, QByteArray>> &extraHeads)
{
    SegmentDescription description;
    description.kind = SegmentDescription::Kind::Snapshot;
    description.device = device.isEmpty() ? QStringLiteral("-") : device;
    description.schema = schema;
    description.fields = lineCount;
    QHash<QString, QPair<qint64, QByteArray>> all = heads();
    for (auto head = extraHeads.cbegin(); head != extraHeads.cend(); ++head) {
        if (head->first > all.value(head.key()).first)
            all.insert(head.key(), head.value());
    }
    for (auto head = all.cbegin(); head != all.cend(); ++head)
        description.heads.insert(head.key(), head.value());
    // Compressed and sealed as the lines come: only the sealed bytes are kept.
    Segment segment;
    segment.id = Sodium::randomBytes(16).toHex();
    segment.description = description;
    SegmentSealer sealer(m_header.key().subkey(TeamKey::Purpose::SegmentContent),
                         segmentBoundData(segment.id), description.toText());
    FeedCompressor compressor([&sealer](QByteArrayView frame) { sealer.add(frame); });
    const int written = lines([&compressor](QByteArrayView piece) { compressor.add(piece); });
    compressor.finish();
    if (written != lineCount)
        throw CoalitionError(QStringLiteral("SegmentedFeed: %1 lines counted, %2 written")
                                 .arg(lineCount)
                                 .arg(written));
    segment.sealed = sealer.finish();
    m_segments = {segment};
    m_sources.clear(); // no segment read from them is left
    m_loaded.clear();
}

void SegmentedFeed::changePassphrase(const QString &passphrase)
{
    m_header.relock(passphrase);
}

void SegmentedFeed::rotateKey(const QString &passphrase)
{
    m_header.replaceKey(passphrase);
}

qsizetype SegmentedFeed::snapshotSize() const
{
    return m_segments.first().size();
}

qsizetype SegmentedFeed::changesSize() const
{
    qsizetype size = 0;
    for (const Segment &segment : m_segments)
        size += segment.size();
    return size - snapshotSize();
}

QByteArray SegmentedFeed::bytes() const
{
    QByteArray out = m_header.text();
    out += "segments\t" + QByteArray::number(m_segments.size()) + '\n';
    // Sized once: the segments are most of the feed (a snapshot of a million items is
    // 160 MB), and neither a second buffer nor a sealed segment plus its line feed is
    // made on the way.
    qsizetype size = out.size() + 128;
    for (const Segment &segment : m_segments)
        size += segment.id.size() + segment.size() + 32;
    out.reserve(size);
    for (const Segment &segment : m_segments) {
        const QByteArray &sealed = whole(segment);
        out += "segment\t" + segment.id + '\t' + QByteArray::number(sealed.size()) + '\n';
        out.append(sealed).append('\n');
    }
    out += "list\t" + listCode() + '\n';
    return out;
}
