#include "tests/fuzz/FuzzTargets.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/FeedCodec.h"
#include "model/feed/FeedMerge.h"
#include "model/feed/SyncStore.h"
#include "model/storage/Transaction.h"
#include "model/storage/schema/Schema.h"
#include "tests/fuzz/FuzzApplication.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void brokenPromise(const char *what)
{
    std::fprintf(stderr, "feed merge: %s\n", what);
    std::abort();
}

std::optional<FeedState> decoded(const QByteArray &bytes)
{
    try {
        return FeedCodec::decode(bytes);
    } catch (const CoalitionError &) {
        return std::nullopt; // refused with a message, as the user would see it
    }
}

} // namespace

void FuzzTargets::feedMerge(const QByteArray &input)
{
    decoded(input);
    const QByteArray sealed = input + "sha256\t" + FeedCodec::checksum(input) + '\n';
    const std::optional<FeedState> remote = decoded(sealed);
    if (!remote)
        return;

    // What a feed reads as, it writes back as (the canonical bytes).
    const QByteArray rewritten = FeedCodec::encode(*remote, Schema::currentVersion());
    const std::optional<FeedState> reread = decoded(rewritten);
    if (!reread || *reread != *remote)
        brokenPromise("a decoded feed does not read back the same after encoding");

    Database &database = FuzzApplication::instance().database();
    SyncStore store(database);
    const FeedState local = store.localState();
    const FeedMerge::Result merged = FeedMerge::merge(local, *remote);
    if (FeedMerge::merge(*remote, local).state != merged.state)
        brokenPromise("merging depends on the order of the two states");
    if (FeedMerge::merge(merged.state, *remote).state != merged.state)
        brokenPromise("merging the same feed twice changes the result");

    // Written into the database the way a sync does, then undone for the next input.
    Transaction transaction(database);
    try {
        SyncStore::deletedBy(local, merged);
        store.visibleRecords();
        store.apply(local, merged);
    } catch (const CoalitionError &) {
        return;
    }
    if (SyncStore(database).localState() != merged.state)
        brokenPromise("the database does not hold the merged state after applying it");
}
