#pragma once

#include "model/feed/FeedMerge.h"
#include "model/feed/SyncSummary.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <map>
#include <memory>

class Database;
class Statement;

// The database side of sync: this laptop's state as a FeedState (from the field
// stamps), and a merged state written back — field stamps updated, records created,
// changed or removed in their tables — inside the caller's transaction. The journal of
// syncs is SyncJournal; the conflicts found are ConflictLog.
class SyncStore
{
public:
    using Summary = SyncSummary;

    explicit SyncStore(Database &database);
    ~SyncStore();

    FeedState localState() const;

    // How many visible records the merged state would delete, and how many there are.
    QPair<int, int> deletions(const FeedState &local, const FeedMerge::Result &merged) const;
    Summary apply(const FeedState &local, const FeedMerge::Result &merged);

private:
    // Writes one record of the merged state that differs from this laptop's (before):
    // its stamps, its row, the change notice and its counts in the summary.
    void applyRecord(const RecordKey &key, const FeedRecord &record, const FeedRecord &before,
                     qint64 heldAfter, Summary &summary, QStringList &authors);
    void writeStamps(const RecordKey &key, const FeedRecord &record, const FeedRecord &before);
    // Writes the record's row as the merged state has it (or deletes it).
    void materialize(const RecordKey &key, const FeedRecord &record, qint64 heldAfter);
    // The field's value as its column takes it: a dangling reference is none, a missing
    // value of a NOT NULL column is ''.
    QVariant storableCell(const QString &field, const FieldValue &value);
    void deleteRow(const QString &table, const QString &id);
    void upsertRow(const QString &table, const QString &id, const QStringList &names,
                   const QVector<QVariant> &values);
    // Prepared once per SyncStore: a merge writes thousands of records the same way.
    Statement &prepared(const QString &sql);
    bool exists(const QString &table, const QString &id);

    Database &m_database;
    std::map<QString, std::unique_ptr<Statement>> m_prepared;
};
