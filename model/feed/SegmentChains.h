#pragma once

#include "model/domain/CoalitionError.h"
#include "model/feed/SegmentedFeed.h"

#include <QVector>

// The order format 2 keeps among a feed's segments (docs/feed-format.md): one snapshot
// first, then each laptop's change segments numbered on from the snapshot's head, each
// naming the one before; no segment twice.
namespace SegmentChains {

// Throws CoalitionError naming the laptop whose segment is replayed, reordered or
// missing, or incomplete() when the feed does not start with its snapshot.
void check(const QVector<SegmentedFeed::Segment> &segments);
// The error for a feed cut short or whose list of segments does not match.
CoalitionError incomplete();

} // namespace SegmentChains
