#pragma once

#include "model/domain/Stamp.h"

#include <QMap>
#include <QPair>
#include <QString>
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
    // delete brings the record back.
    bool isDeleted() const;
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

inline bool FeedRecord::isDeleted() const
{
    const auto tombstone = fields.constFind(deletedFieldName());
    if (tombstone == fields.cend())
        return false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.key() != deletedFieldName() && tombstone->stamp < it->stamp)
            return false;
    }
    return true;
}
