#pragma once

#include "model/feed/SyncStore.h"
#include "model/sync/HttpFeedTransport.h"
#include "model/sync/IncomingSlices.h"
#include "model/sync/MassDeleteRefused.h"

#include <QString>

class Database;
class FeedTransport;

// One sync of this laptop's database with the team's feed, a file (FileFeedTransport), a
// URL (HttpFeedTransport) or a PostgreSQL team server (ServerFeedTransport): fetch and check the
// feed (IncomingFeed: only the segments not merged here are decrypted), merge them into the
// database in one transaction, append this laptop's changes (OutgoingFeed) and store the feed
// unless another laptop wrote it in the meantime — then fetch and merge again, backing off — and
// only then commit. Refusals (a damaged or newer feed, a feed that vanished, a mass delete) throw
// CoalitionError before the database or the feed is touched.
class FeedSync
{
public:
    struct Options
    {
        QString feed; // a path, an http:// or https:// URL, or a postgresql:// team server
        QString serverPassword; // the member's password on a team server
        bool allowMassDelete = false;
        bool createMissingFeed = false; // the feed was there before and is now gone
        QString passphrase;             // the team's; empty for a feed without encryption
        bool noEncryption = false;      // a feed created now goes without (a person chose so)
        QString newPassphrase;          // lock the team key with this one from now on
        bool rotateKey = false;         // and make a new key: the old passphrase opens nothing
        bool rejoin = false;            // the feed lost segments merged here: send everything
        QString caFile; // extra certificate authorities for a team server (HTTPS or PostgreSQL)
        HttpFeedTransport::Limits limits;
        int maxAttempts = 6; // fetch–merge–store rounds before giving up
        // Records of a new snapshot merged at a time (IncomingSlices): memory against the
        // cost of each slice.
        int sliceRecords = IncomingSlices::defaultSliceRecords;
    };

    struct Outcome
    {
        SyncStore::Summary summary;
        QString location; // the feed's name for people: its path, or its URL without a password
        bool createdFeed = false;
        int mergedCopies = 0;   // sync tools' conflicted copies merged and removed
        int attempts = 0;       // rounds it took (more than one: another laptop wrote first)
        int newSegments = 0;    // segments of the feed merged (not seen here before)
        bool wroteFeed = false; // false: nothing to tell the feed, it was left as it was
        bool compacted = false; // the feed's segments were folded into a new snapshot
        bool migrated = false;  // a format 1 feed was written back as format 2
    };

    static Outcome sync(Database &database, const Options &options);
    static Outcome sync(Database &database, FeedTransport &transport, const Options &options);
};
