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

const QByteArray magic = QByteArrayLiteral("COALITION-FEED");
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
    if (first.value(0) != magic)
        return 0;
    return first.value(1).toInt();
}

SegmentedFeed SegmentedFeed::create(const QString &team, const QString &passphrase, int schema)
{
    SegmentedFeed feed(passphrase.isEmpty() ? TeamKey::unencrypted(team) : TeamKey::generate());
    feed.m_team = team;
    if (!passphrase.isEmpty())
        feed.m_lock = feed.m_key.lock(passphrase, feed.boundData());
    feed.replaceWithSnapshot(FeedState(), {}, schema);
    return feed;
}

QByteArray SegmentedFeed::boundData() const
{
    return magic + '\t' + QByteArray::number(formatVersion) + "\nteam\t" + m_team.toUtf8() +
           "\nkey\t" + m_key.id() + '\n';
}

QByteArray SegmentedFeed::segmentBoundData(const QByteArray &id) const
{
    return boundData() + "segment\t" + id + '\n';
}

// A keyed BLAKE2b of the header and of every segment in order: the last line of the feed.
QByteArray SegmentedFeed::listCode() const
{
    const QByteArray key = m_key.subkey(TeamKey::Purpose::SegmentList);
    crypto_generichash_state state;
    crypto_generichash_init(&state, Sodium::bytes(key), size_t(key.size()), 32);
    const auto add = [&state](const QByteArray &bytes) {
        crypto_generichash_update(&state, Sodium::bytes(bytes), size_t(bytes.size()));
    };
    add(boundData());
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

SegmentedFeed SegmentedFeed::openHeader(FeedCursor &cursor, const QString &passphrase)
{
    const QList<QByteArray> first = cursor.line();
    if (first.value(0) != magic)
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "This is not a Coalition feed; nothing was changed."));
    if (first.value(1).toInt() > formatVersion)
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedCodec",
                                 "The feed was written by a newer Coalition (format %1); update "
                                 "Coalition to sync.")
                                 .arg(first.value(1).toInt()));
    const QList<QByteArray> team = cursor.line();
    const QList<QByteArray> keyId = cursor.line();
    const QList<QByteArray> lock = cursor.line();
    if (first.size() != 2 || first[1].toInt() != formatVersion || team.size() != 2 ||
        team[0] != "team" || keyId.size() != 2 || keyId[0] != "key" || lock.value(0) != "lock")
        throw damagedHeader();

    const QString teamId = QString::fromUtf8(team[1]);
    std::optional<SegmentedFeed> feed;
    if (lock.size() == 2 && lock[1] == "none" && keyId[1] == "none") {
        feed = SegmentedFeed(TeamKey::unencrypted(teamId));
    } else if (lock.size() == 6 && lock[1] == "argon2id") {
        if (passphrase.isEmpty())
            throw PassphraseNeeded(
                PassphraseNeeded::Reason::Missing,
                QCoreApplication::translate("FeedCodec",
                                            "This feed is encrypted with a team passphrase; give "
                                            "it to sync. Nothing was changed."));
        TeamKey::Lock stored;
        stored.salt = QByteArray::fromHex(lock[4]);
        stored.wrapped = QByteArray::fromHex(lock[5]);
        if (!FeedLines::parseNumber(lock[2], stored.opsLimit) ||
            !FeedLines::parseNumber(lock[3], stored.memLimit))
            throw CoalitionError(QCoreApplication::translate(
                "FeedCodec", "The feed's passphrase lock is damaged; nothing was changed."));
        const QByteArray bound =
            magic + '\t' + first[1] + "\nteam\t" + team[1] + "\nkey\t" + keyId[1] + '\n';
        feed = SegmentedFeed(TeamKey::unlock(stored, passphrase, keyId[1], bound));
        feed->m_lock = stored;
    } else {
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed is locked in a way this Coalition does not know; nothing was "
                         "changed."));
    }
    feed->m_team = teamId;
    return std::move(*feed);
}

CoalitionError SegmentedFeed::damagedHeader()
{
    return CoalitionError(QCoreApplication::translate(
        "FeedCodec", "The feed's header is damaged; nothing was changed."));
}

void SegmentedFeed::addOpened(const QByteArray &id, const QByteArray &sealed)
{
    Segment segment;
    segment.id = id;
    segment.sealed = sealed;
    segment.description = SegmentDescription::fromText(
        SegmentCipher::openDescription(m_key.subkey(TeamKey::Purpose::SegmentContent),
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
    SegmentedFeed feed = openHeader(cursor, passphrase);
    const QList<QByteArray> count = cursor.line();
    int segments = -1;
    if (count.size() != 2 || count[0] != "segments" || !FeedLines::parseNumber(count[1], segments))
        throw damagedHeader();
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
    SegmentedFeed feed = openHeader(cursor, passphrase);
    if (!cursor.atEnd())
        throw damagedHeader();
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
        m_key.subkey(TeamKey::Purpose::SegmentContent), segmentBoundData(segment.id),
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
        SegmentCipher::seal(m_key.subkey(TeamKey::Purpose::SegmentContent),
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
    if (copy.m_key.id() != m_key.id() || copy.m_team != m_team ||
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
    SegmentSealer sealer(m_key.subkey(TeamKey::Purpose::SegmentContent),
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
    if (!m_key.isEncrypted() || passphrase.isEmpty())
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "Only an encrypted feed's passphrase can be changed."));
    m_lock = m_key.lock(passphrase, boundData());
}

void SegmentedFeed::rotateKey(const QString &passphrase)
{
    m_key = passphrase.isEmpty() ? TeamKey::unencrypted(m_team) : TeamKey::generate();
    m_lock.reset();
    if (!passphrase.isEmpty())
        m_lock = m_key.lock(passphrase, boundData());
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

QByteArray SegmentedFeed::header() const
{
    QByteArray out = boundData();
    if (m_lock)
        out += "lock\targon2id\t" + QByteArray::number(m_lock->opsLimit) + '\t' +
               QByteArray::number(m_lock->memLimit) + '\t' + m_lock->salt.toHex() + '\t' +
               m_lock->wrapped.toHex() + '\n';
    else
        out += "lock\tnone\n";
    return out;
}

QByteArray SegmentedFeed::bytes() const
{
    QByteArray out = header();
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
