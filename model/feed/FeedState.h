#pragma once

#include "model/domain/Stamp.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <limits>
#include <optional>

// The state a feed carries (DESIGN.md §4: state, not log): for every record of every
// entity, every field's current value with the stamp and author of its last change.
// A record's tombstone is its "_deleted" field. Entities and fields are plain names,
// so ones this version does not know travel through untouched. Ordered maps give the
// canonical order: the same state always serialises to the same bytes.
struct FieldValue
{
    std::optional<QString> value; // nullopt is SQL NULL
    Stamp stamp;
    QString author;

    bool operator==(const FieldValue &other) const
    {
        return value == other.value && stamp == other.stamp && author == other.author;
    }
    bool operator!=(const FieldValue &other) const { return !(*this == other); }
};

struct FeedRecord
{
    QMap<QString, FieldValue> fields;

    // Hidden when the tombstone is newer than every other field: an edit made after a
    // delete brings the record back. heldAfter: as in FeedMerge::merge, a field stamped
    // beyond it does not count as newer than a tombstone within it.
    bool isDeleted(qint64 heldAfter = std::numeric_limits<qint64>::max()) const;
    bool operator==(const FeedRecord &other) const { return fields == other.fields; }
    bool operator!=(const FeedRecord &other) const { return !(*this == other); }
};

using RecordKey = QPair<QString, QString>; // entity, record id
using FeedState = QMap<RecordKey, FeedRecord>;

inline const QString &deletedFieldName()
{
    static const QString name = QStringLiteral("_deleted");
    return name;
}

// The order of stamps in a merge: the later one wins. A stamp whose wall time is beyond
// heldAfter (more than a day ahead of the merging laptop's clock) is held: never later
// than one within it. Between two held stamps, or two within, the usual order.
inline bool isLater(const Stamp &a, const Stamp &b, qint64 heldAfter)
{
    const bool aHeld = a.wall > heldAfter;
    if (aHeld != (b.wall > heldAfter))
        return !aHeld;
    return b < a;
}

inline bool FeedRecord::isDeleted(qint64 heldAfter) const
{
    const auto tombstone = fields.constFind(deletedFieldName());
    if (tombstone == fields.cend())
        return false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != deletedFieldName() && isLater(it->stamp, tombstone->stamp, heldAfter))
            return false;
    }
    return true;
}
