#include "model/sync/IncomingSlices.h"

#include "model/feed/FeedMerge.h"
#include "model/sync/IncomingFeed.h"

bool IncomingSlices::sliced() const
{
    return m_in.newSnapshot >= 0;
}

void IncomingSlices::forEach(const std::function<void(const FeedState &slice)> &take) const
{
    if (!sliced()) {
        take(m_in.state);
        return;
    }
    auto rest = m_in.state.cbegin();
    const auto end = m_in.state.cend();
    const SegmentedFeed::Segment &snapshot = m_in.feed->segments().at(m_in.newSnapshot);
    m_in.feed->readContent(snapshot, m_sliceRecords, [&](FeedState &&slice) {
        if (slice.isEmpty())
            return;
        // The other content's records up to this slice's last key, merged in.
        FeedState covered;
        const RecordKey last = slice.lastKey();
        for (; rest != end && !(last < rest.key()); ++rest)
            covered.insert(rest.key(), *rest);
        take(covered.isEmpty() ? slice : FeedMerge::merge(slice, covered, {}, m_heldAfter).state);
    });
    FeedState after;
    for (; rest != end; ++rest)
        after.insert(rest.key(), *rest);
    if (!after.isEmpty())
        take(after);
}
