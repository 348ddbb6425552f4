#pragma once

#include "model/feed/FeedState.h"
#include "model/feed/SegmentedFeed.h"
#include "model/feed/SyncJournal.h"
#include "model/sync/FeedTransport.h"

#include <QStringList>
#include <optional>

// The feed as one round of a sync read it, checked, and what in it is new to this
// laptop (docs/feed-format.md, "Format 2"):
//  - format 2: opened with the team passphrase (every segment's description checked,
//    every chain whole), refused if a segment this laptop merged before is gone (an
//    older copy put back), and only the segments it has not merged decrypted;
//  - format 1: read whole, to be written back as format 2 (the team moves on) — refused
//    once this laptop has seen the team on format 2 (a downgrade);
//  - none yet: nothing new, unless it should have been there.
// A sync tool's conflicted copies are taken in: their segments joined to the feed's when
// the chains allow, else their new content merged and the feed rewritten as a snapshot.
// Throws CoalitionError (PassphraseNeeded for the passphrase) and changes nothing.
struct IncomingFeed
{
    struct Context
    {
        QString location;   // the feed's name, for messages
        QString ourTeam;    // this database's team ("" before its first sync)
        QString passphrase; // the team passphrase given ("" if none)
        SyncJournal::LastSync last;
        bool feedWasThere = false; // an earlier round of this sync saw the feed
        bool createMissingFeed = false;
        bool rejoin = false; // accept a feed that lost segments merged here (started anew)
        qint64 heldAfter = 0;
    };

    int format = 0;                    // 0: no feed yet
    std::optional<SegmentedFeed> feed; // format 2
    FeedState state;                   // what this laptop has not merged yet
    // The feed's snapshot when this laptop has not merged it (its index in the feed's
    // segments, else -1): not in state, as it is the whole of the team's data; the sync
    // reads it in slices (IncomingSlices).
    int newSnapshot = -1;
    QString team;
    // The feed must be written back whole (a format 1 feed, a copy whose segments could
    // not be joined): with a snapshot holding these chains too.
    bool mustRewrite = false;
    QHash<QString, SyncJournal::ChainHead> copyHeads;
    QStringList mergedCopies;
    int newSegments = 0;

    static IncomingFeed read(const FeedTransport::Fetched &fetched, const Context &context);
};
