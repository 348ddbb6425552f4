#pragma once

#include "model/sync/FeedSync.h"

// One sync of a laptop's database through a feed file, without encryption (the tests of
// encryption give a passphrase).
inline void syncThroughFile(Database &database, const QString &feed)
{
    FeedSync::Options options;
    options.noEncryption = true;
    options.feed = feed;
    FeedSync::sync(database, options);
}
