#pragma once

#include "model/feed/SegmentedFeed.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Where the team's feed lives: a file on a shared drive or in a synced folder, or a URL
// on a team server. FeedSync runs the same cycle over either — fetch, merge, store if
// nobody wrote in between, else fetch again — so the transports only move bytes and
// guard against lost updates. Errors are thrown as CoalitionError with a message for
// people.
class FeedTransport
{
public:
    struct Copy
    {
        QString name;
        QByteArray bytes;
    };
    struct Fetched
    {
        bool exists = false;
        QByteArray bytes; // the whole feed, as a file holds it
        // A feed a team server keeps as rows (bytes is empty then): its header and its
        // segments, the snapshot first.
        bool stored = false;
        QByteArray storedHeader;
        QVector<SegmentedFeed::StoredSegment> storedSegments;
        SegmentedFeed::SegmentLoader loadSegment; // the whole of a segment given in part
        // Other versions of the feed to merge in (a sync tool's conflicted copies).
        QVector<Copy> copies;
    };

    virtual ~FeedTransport() = default;

    // The feed's name in the sync log and in this laptop's record of past syncs.
    virtual QString location() const = 0;
    // The feed as it is now. Remembers what it saw, for store().
    virtual Fetched fetch() = 0;
    // Writes feed as the new feed unless another laptop wrote it since the last fetch()
    // in a way this one would undo; false then (nothing written), and the cycle starts
    // over. A file or URL is written whole (feed.bytes()); a team server gets the
    // segments it lacks.
    virtual bool store(const SegmentedFeed &feed) = 0;
    // After the new feed is written and the database committed: the copies that were
    // merged in may go.
    virtual void finish(const QStringList &mergedCopies) { Q_UNUSED(mergedCopies) }
    // Things the user should know about the feed's home (a server that cannot guard
    // against lost updates, say).
    virtual QStringList notes() const { return {}; }
};
