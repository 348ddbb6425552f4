#pragma once

#include "model/feed/FeedState.h"

#include <QSet>
#include <functional>

class StatementCache;

// The records of this laptop that a merge of incoming records must see to follow a merge
// of two organizations or contacts (RecordMerge, MergeInvariants), though incoming does
// not name them: for each record merged away (its tombstone names the record it went
// into, here or in incoming), the records it went into, down the chain, and this
// laptop's people, action items and partnerships that still refer to it; for each
// incoming reference to an organization merged away here, that organization and where it
// went. A sync that brings no merge and no reference to a merged record reads only one
// indexed row per organization it names.
class MergeNeighbours
{
public:
    using ReadRecord = std::function<void(const RecordKey &key, FeedState &into)>;

    MergeNeighbours(StatementCache &statements, ReadRecord read)
        : m_statements(statements), m_read(std::move(read))
    {}

    // Adds them to local (this laptop's records of incoming).
    void add(const FeedState &incoming, FeedState &local);

private:
    // The id the record went into, from incoming or this laptop's stamps; "" if none.
    QString mergedInto(const RecordKey &key, const FeedState &incoming, const FeedState &local);
    void addReferrers(const QString &organization, FeedState &local);

    StatementCache &m_statements;
    ReadRecord m_read;
};
