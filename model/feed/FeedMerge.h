#pragma once

#include "model/feed/FeedState.h"

#include <QVector>
#include <limits>

// The merge of two feed states (pure, no I/O): for each field of each record the value
// with the greater stamp wins, ties broken by device id inside Stamp's order, and for
// identical stamps by the greater value, so the result never depends on the order of
// the arguments. It is idempotent, commutative and associative: copies merged in any
// order, any number of times, agree.
namespace FeedMerge {

struct Conflict
{
    RecordKey record;
    QString field;
    FieldValue kept;
    FieldValue lost;
};

struct Result
{
    FeedState state;
    // Fields both sides changed since lastSync with different values: the loser is kept
    // here so the user can choose it instead.
    QVector<Conflict> conflicts;
};

// lastSync: the stamp this laptop's clock had at its previous sync with the feed (null
// for a first sync: the sides never met, so every differing value is a conflict).
Result merge(const FeedState &local, const FeedState &remote, const Stamp &lastSync = {});

// The greatest stamp in a state, of those whose wall time is at most maxWall: after
// merging, the local clock receives it.
Stamp latestStamp(const FeedState &state, qint64 maxWall = std::numeric_limits<qint64>::max());

} // namespace FeedMerge
