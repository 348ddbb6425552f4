#include "model/feed/FeedMerge.h"

namespace FeedMerge {

namespace {

// True when a should win over b. Equal stamps with different values can only come from
// a duplicated device id; comparing the values keeps the merge order-independent.
bool wins(const FieldValue &a, const FieldValue &b, qint64 heldAfter)
{
    if (a.stamp != b.stamp)
        return isLater(a.stamp, b.stamp, heldAfter);
    if (a.value != b.value)
        return b.value.value_or(QString()) < a.value.value_or(QString()) || (!b.value && a.value);
    return b.author < a.author;
}

} // namespace

Result merge(const FeedState &local, const FeedState &remote, const Stamp &lastSync,
             qint64 heldAfter)
{
    Result result;
    result.state = local;
    result.heldAfter = heldAfter;
    for (auto record = remote.cbegin(); record != remote.cend(); ++record) {
        const auto found = result.state.find(record.key());
        if (found == result.state.end()) {
            // New here: the remote record as it is, its fields shared, not copied one by
            // one (a new laptop's first sync takes the whole feed this way).
            result.state.insert(record.key(), *record);
            continue;
        }
        FeedRecord &merged = *found;
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            const auto mine = merged.fields.constFind(field.key());
            if (mine == merged.fields.cend()) {
                merged.fields.insert(field.key(), *field);
                continue;
            }
            if (*mine == *field)
                continue;
            const FieldValue ours = *mine;
            const FieldValue &theirs = *field;
            const bool theyWin = wins(theirs, ours, heldAfter);
            // Before a first sync the two sides never met: any difference is a conflict.
            const bool bothChanged =
                lastSync.isNull() || (lastSync < ours.stamp && lastSync < theirs.stamp);
            const bool held = (theyWin ? ours : theirs).stamp.wall > heldAfter;
            if ((bothChanged || held) && ours.value != theirs.value &&
                field.key() != deletedFieldName())
                result.conflicts.append(
                    {record.key(), field.key(), theyWin ? theirs : ours, theyWin ? ours : theirs});
            if (theyWin)
                merged.fields[field.key()] = theirs;
        }
    }
    return result;
}

Stamp latestStamp(const FeedState &state, qint64 maxWall)
{
    Stamp latest;
    for (const FeedRecord &record : state) {
        for (const FieldValue &field : record.fields) {
            if (latest < field.stamp && field.stamp.wall <= maxWall)
                latest = field.stamp;
        }
    }
    return latest;
}

} // namespace FeedMerge
