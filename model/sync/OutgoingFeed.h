#pragma once

#include "model/feed/FeedState.h"
#include "model/feed/SegmentedFeed.h"

#include <QString>
#include <functional>
#include <optional>

struct IncomingFeed;

// What one round of a sync writes back (docs/feed-format.md, "Format 2"): usually the
// feed as read with one segment appended holding this laptop's changes since its last
// sync, the other segments' bytes untouched; a snapshot of the whole state instead when
// there is no format 2 feed yet, when a copy's segments could not be joined, when the
// segments have come to outweigh the snapshot (compaction) and when the key is rotated.
// Nothing at all when there is nothing to tell: a sync tool has nothing to upload.
class OutgoingFeed
{
public:
    struct Request
    {
        QString team;
        QString device;
        int schema = 0;
        QString passphrase;        // the team's, for a feed created now ("" if none)
        bool noEncryption = false; // a feed created now may go without
        QString newPassphrase;     // re-lock the key with it
        bool rotateKey = false;    // a new key (and snapshot) under newPassphrase
        QString location;
    };

    // This laptop's state after the merge, read only when a snapshot is written: how
    // many field lines it has, and the lines.
    struct WholeState
    {
        std::function<int()> lineCount;
        SegmentedFeed::LineSource lines;
    };

    // changes: what this laptop has to tell since its last sync, read only when a segment
    // is appended; wholeState only when a snapshot is written (a laptop's first sync
    // needs the one and not the other, and each is as large as the database). Throws
    // PassphraseNeeded when a feed is to be made and no passphrase (nor the choice to go
    // without) was given.
    OutgoingFeed(IncomingFeed &in, const std::function<FeedState()> &changes,
                 const Request &request, const WholeState &wholeState);

    // What to write; null when nothing is to be written.
    const SegmentedFeed *toWrite() const { return m_written ? &*m_feed : nullptr; }
    // The feed as it stands after this round, written or not (for the journal).
    const SegmentedFeed &result() const { return *m_feed; }
    bool compacted() const { return m_compacted; }

private:
    std::optional<SegmentedFeed> m_feed;
    bool m_written = false;
    bool m_compacted = false;
};
