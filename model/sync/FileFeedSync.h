#pragma once

#include "CoalitionError.h"
#include "SyncStore.h"

#include <QString>

class Database;

// The refusal of a sync that would delete most records: the caller may ask the user and
// sync again with allowMassDelete.
class MassDeleteRefused : public CoalitionError
{
public:
    using CoalitionError::CoalitionError;
};

// One sync with a feed file on a shared drive or a synced folder (Nextcloud, Dropbox,
// Syncthing): lock, read and check, merge into the database in one transaction, write
// the merged feed back atomically, tidy the sync tools' conflicted copies. Refusals
// (a damaged or newer feed, a feed that vanished, a mass delete) throw CoalitionError
// before the database or the feed is touched.
class FileFeedSync
{
public:
    struct Options
    {
        QString feedPath;
        bool allowMassDelete = false;
        bool createMissingFeed = false; // the feed was there before and is now gone
        QString passphrase;             // the team's; empty for an unprotected feed
    };

    struct Outcome
    {
        SyncStore::Summary summary;
        bool createdFeed = false;
        int mergedCopies = 0; // sync tools' conflicted copies merged and removed
    };

    static Outcome sync(Database &database, const Options &options);
};
