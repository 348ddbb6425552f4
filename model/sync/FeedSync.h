#pragma once

#include "model/feed/SyncStore.h"
#include "model/sync/HttpFeedTransport.h"
#include "model/sync/MassDeleteRefused.h"

#include <QString>

class Database;
class FeedTransport;

// One sync of this laptop's database with the team's feed, a file (FileFeedTransport) or
// a URL (HttpFeedTransport): fetch and check the feed, merge, write the merge into the
// database in one transaction, store the merged feed unless another laptop wrote it in
// the meantime — then fetch and merge again, backing off — and only then commit.
// Refusals (a damaged or newer feed, a feed that vanished, a mass delete) throw
// CoalitionError before the database or the feed is touched.
class FeedSync
{
public:
    struct Options
    {
        QString feed; // a path, or an http:// or https:// URL
        bool allowMassDelete = false;
        bool createMissingFeed = false; // the feed was there before and is now gone
        QString passphrase;             // the team's; empty for an unprotected feed
        QString caFile;                 // extra certificate authorities for a team server
        HttpFeedTransport::Limits limits;
        int maxAttempts = 6; // fetch–merge–store rounds before giving up
    };

    struct Outcome
    {
        SyncStore::Summary summary;
        QString location; // the feed's name for people: its path, or its URL without a password
        bool createdFeed = false;
        int mergedCopies = 0; // sync tools' conflicted copies merged and removed
        int attempts = 0;     // rounds it took (more than one: another laptop wrote first)
    };

    static Outcome sync(Database &database, const Options &options);
    static Outcome sync(Database &database, FeedTransport &transport, const Options &options);
};
