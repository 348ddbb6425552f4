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
    // The bound the state was merged under: whether a record is deleted is read with it.
    qint64 heldAfter = std::numeric_limits<qint64>::max();
};

// lastSync: the stamp this laptop's clock had at its previous sync with the feed (null
// for a first sync: the sides never met, so every differing value is a conflict).
// heldAfter: a wall time (this laptop's clock plus a day, in a sync) beyond which a stamp
// is held: it never wins over a stamp within it, and the value it carries is then kept
// as a conflict whatever lastSync says, for a person to accept. One laptop whose clock
// once ran years ahead would otherwise win every field it touched until the team's
// clocks caught up. Between two held stamps, or two within, the usual order decides; for
// one heldAfter the merge keeps all the properties above.
Result merge(const FeedState &local, const FeedState &remote, const Stamp &lastSync = {},
             qint64 heldAfter = std::numeric_limits<qint64>::max());

// The greatest stamp in a state, of those whose wall time is at most maxWall: after
// merging, the local clock receives it.
Stamp latestStamp(const FeedState &state, qint64 maxWall = std::numeric_limits<qint64>::max());

} // namespace FeedMerge
