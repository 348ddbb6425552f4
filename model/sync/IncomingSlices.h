#pragma once

#include "model/feed/FeedState.h"

#include <functional>

struct IncomingFeed;

// What a round of sync merges, in slices in key order, so a sync never holds the whole
// of the team's data: the feed's new snapshot (IncomingFeed::newSnapshot), read from its
// sealed segment in slices of about sliceRecords records, each with the other new
// content's records (IncomingFeed::state) whose keys it covers merged in; the rest of
// that content after the last. Without a new snapshot, one slice: IncomingFeed::state.
// Reading it again decrypts the snapshot again: a sync first checks every slice (its
// refusals come before anything is written), then applies them.
class IncomingSlices
{
public:
    // With 10,000 a new laptop's first sync of 100,000 items peaked at 160 MB here.
    static constexpr int defaultSliceRecords = 10000;

    IncomingSlices(const IncomingFeed &in, qint64 heldAfter, int sliceRecords)
        : m_in(in), m_heldAfter(heldAfter), m_sliceRecords(sliceRecords)
    {}

    // Whether there is more than one slice's worth to read (a new snapshot).
    bool sliced() const;
    // Calls take with each slice in turn. Throws CoalitionError for a damaged snapshot,
    // possibly after some slices (only its last slice shows that its lines are missing).
    void forEach(const std::function<void(const FeedState &slice)> &take) const;

private:
    const IncomingFeed &m_in;
    qint64 m_heldAfter;
    int m_sliceRecords;
};
