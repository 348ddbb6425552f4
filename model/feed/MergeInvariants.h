#pragma once

#include "model/feed/FeedMerge.h"

#include <functional>

// What a per-field merge can produce that the record tables would refuse, settled the
// same way on every laptop (docs/feed-format.md, "Merged states are always storable"):
//  - the same organization made a partner of the same campaign twice (on two laptops
//    before they synced): the partnership with the smaller id stays, the other is
//    retired with a tombstone, and its values that differ are listed as conflicts of
//    the one that stays;
//  - an end before its start (a campaign's dates, an event's times), made of two edits
//    that were each right: stored as merged, and each of the two fields this laptop
//    had otherwise is listed as a conflict, so the conflicts view asks a person.
// A value this version does not know (a newer Coalition's role or status word) needs
// nothing here: the tables store it and the feed carries it back unchanged.
namespace MergeInvariants {

// stamp: a fresh stamp of this laptop's clock, after it received the merge's latest
// stamp (so a tombstone is newer than every field it retires).
void settle(FeedMerge::Result &merged, const FeedState &local, const std::function<Stamp()> &stamp,
            const QString &author);

} // namespace MergeInvariants
