#pragma once

#include "model/feed/FeedHeader.h"
#include "model/feed/FeedState.h"
#include "model/feed/SegmentDescription.h"
#include "model/feed/TeamKey.h"

#include <QByteArray>
#include <QHash>
#include <QVector>
#include <functional>
#include <optional>

// Feed format 2 (docs/feed-format.md): a short plain header (format, team, key id and
// the passphrase lock), then segments, each sealed on its own (SegmentCipher) and named
// by a random id — first a snapshot of the whole state, then the changes each laptop
// appended since — and a last line authenticating the list of segments, so a segment
// removed, added, replayed or reordered is detected even at a segment boundary.
// open() checks all of that and every laptop's chain before anything is decrypted
// beyond the segments' descriptions; content() decrypts one segment.
class SegmentedFeed
{
public:
    struct Segment
    {
        QByteArray id;
        SegmentDescription description;
        QByteArray sealed;
        // A team server's row read without its content (openStored): sealed holds the
        // description's part only, and this is the whole size; -1 when sealed is whole.
        qsizetype storedSize = -1;
        qsizetype size() const { return storedSize >= 0 ? storedSize : sealed.size(); }
    };

    static constexpr int formatVersion = FeedHeader::formatVersion;
    // The format a feed's first line names (1 or 2; 0 when it is not a Coalition feed).
    static int formatOf(const QByteArray &bytes);

    // A new feed holding one empty snapshot. passphrase empty: without encryption.
    static SegmentedFeed create(const QString &team, const QString &passphrase, int schema);
    // Throws CoalitionError, with a message for people, on anything short of a whole,
    // authentic feed of this format that the passphrase opens.
    static SegmentedFeed open(const QByteArray &bytes, const QString &passphrase);
    // A segment as a team server keeps it: a row of its own, the server's note of its
    // kind beside the sealed bytes.
    struct StoredSegment
    {
        QByteArray id;
        SegmentDescription::Kind kind = SegmentDescription::Kind::Changes;
        QByteArray sealed;   // whole, or at least the description's part
        qsizetype size = -1; // the whole size; -1: sealed is whole
    };
    // Fetches a segment's whole sealed bytes from where it is kept (CoalitionError if it
    // is gone).
    using SegmentLoader = std::function<QByteArray(const QByteArray &id)>;
    // The same checks as open() for a feed kept as header() and rows of segments, the
    // snapshot first: everything but the list line, which a server cannot write (it holds
    // no key) — the order is the server's, and each laptop's chain is checked whole.
    // Segments given only in part are fetched with load when their content is read (and
    // kept), so a sync transfers only the segments it has not merged.
    static SegmentedFeed openStored(const QByteArray &header,
                                    const QVector<StoredSegment> &segments,
                                    const QString &passphrase, SegmentLoader load = {});

    QString team() const { return m_header.team(); }
    QByteArray keyId() const { return m_header.key().id(); }
    // The plain lines before the segments: format, team, key and its passphrase lock.
    QByteArray header() const { return m_header.text(); }
    bool isEncrypted() const { return m_header.key().isEncrypted(); }
    const QVector<Segment> &segments() const { return m_segments; }
    // A segment's state. Throws CoalitionError.
    FeedState content(const Segment &segment) const;
    // The same in slices of about sliceRecords records, in the order of the segment's
    // lines (a record's lines are together), given to take as they are decrypted; the
    // last slice may be empty. Every slice is authentic (each message is authenticated
    // as it is decrypted), but a segment cut short, or one whose count of lines is off,
    // is found only after the last slice (CoalitionError then): a caller that writes
    // what it takes reads the segment through once before.
    void readContent(const Segment &segment, int sliceRecords,
                     const std::function<void(FeedState &&)> &take) const;
    // The last (number, id) of device's chain in this feed, counting the snapshot's heads.
    QPair<qint64, QByteArray> head(const QString &device) const;
    // Every laptop's head.
    QHash<QString, QPair<qint64, QByteArray>> heads() const;

    // Adds the segments of copy (a sync tool's conflicted copy of this feed) that this
    // one lacks, when both grew from the same snapshot under the same key and every
    // chain stays whole; false (and nothing changed) otherwise.
    bool absorb(const SegmentedFeed &copy);

    // Appends device's changes as the next segment of its chain.
    void append(const FeedState &changes, const QString &device, int schema);
    // Replaces every segment by one snapshot of state (compaction, a sync tool's copies
    // merged, a new key), keeping each chain's head so laptops append where they were.
    // extraHeads: chains the snapshot also holds (from a conflicted copy merged in).
    void replaceWithSnapshot(const FeedState &state, const QString &device, int schema,
                             const QHash<QString, QPair<qint64, QByteArray>> &extraHeads = {});
    // The same from field lines given in pieces (FeedLines' form), compressed and
    // sealed as they come: lines writes them to its sink and returns how many it wrote,
    // which must be lineCount (the count goes first, in the segment's description;
    // CoalitionError if it does not hold). A database's whole state goes into a snapshot
    // this way without being held in memory.
    using LineSink = std::function<void(QByteArrayView)>;
    using LineSource = std::function<int(const LineSink &)>;
    void replaceWithSnapshot(const LineSource &lines, int lineCount, const QString &device,
                             int schema,
                             const QHash<QString, QPair<qint64, QByteArray>> &extraHeads = {});
    // A new lock for the same key: the segments stay as they are.
    void changePassphrase(const QString &passphrase);
    // A new random key (or none, for an empty passphrase): every segment must be written
    // anew, so call replaceWithSnapshot() next.
    void rotateKey(const QString &passphrase);

    qsizetype snapshotSize() const;
    qsizetype changesSize() const;
    QByteArray bytes() const;

private:
    explicit SegmentedFeed(FeedHeader header) : m_header(std::move(header)) {}
    // Appends a segment read from a feed, its description decrypted and checked.
    void addOpened(const QByteArray &id, const QByteArray &sealed);
    // A segment's whole sealed bytes, fetched once if it was read in part.
    const QByteArray &whole(const Segment &segment) const;
    QByteArray segmentBoundData(const QByteArray &id) const;
    QByteArray listCode() const;
    Segment seal(const FeedState &state, SegmentDescription description) const;
    // Seals content already compressed; description.fields must be set.
    Segment sealCompressed(const QByteArray &content, const SegmentDescription &description) const;

    FeedHeader m_header;
    QVector<Segment> m_segments;
    // The feeds' bytes the segments read by open() point into (Segment::sealed is not a
    // copy): the feed's own, and those of copies absorbed.
    QVector<QByteArray> m_sources;
    SegmentLoader m_load;
    mutable QHash<QByteArray, QByteArray> m_loaded; // by segment id
};
