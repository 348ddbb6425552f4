#include "tests/support/FeedContent.h"

#include "model/feed/FeedMerge.h"
#include "model/feed/SegmentedFeed.h"

FeedState feedContent(const QByteArray &bytes, const QString &passphrase)
{
    const SegmentedFeed feed = SegmentedFeed::open(bytes, passphrase);
    FeedState state;
    for (const SegmentedFeed::Segment &segment : feed.segments())
        state = FeedMerge::merge(state, feed.content(segment)).state;
    return state;
}
