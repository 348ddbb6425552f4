#pragma once

#include "model/storage/StatementCache.h"

#include "model/feed/FeedMerge.h"
#include "model/feed/SyncRowWriter.h"
#include "model/feed/SyncSummary.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <functional>
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

    // Every field stamp of this laptop: a whole snapshot of its state.
    FeedState localState() const;
    // The same as field lines (FeedLines), given to sink in pieces of about 1 MiB as they
    // are read, so a snapshot of a large database is never whole in memory; returns how
    // many lines.
    int writeStateLines(const std::function<void(QByteArrayView)> &sink) const;
    // How many lines writeStateLines() writes.
    int stampCount() const;
    // This laptop's stamps of the records a merge of incoming touches: the same records,
    // and the live partnerships of the same campaign and organization as an incoming one,
    // which MergeInvariants must see to settle a duplicate, and the records it must see
    // to follow a merge (MergeNeighbours). A sync that brings little
    // reads little.
    FeedState localRecords(const FeedState &incoming);
    // The stamps written since field_stamps.seq afterSeq (-1: all) that a feed has to
    // hear of: this laptop's edits and what reached it from elsewhere until appliedAfter,
    // and after it (the merge being applied) only what this laptop stamped itself — the
    // rest came from the feed.
    FeedState changesSince(qint64 afterSeq, qint64 appliedAfter, const QString &device) const;
    // The records with a field stamped since field_stamps.seq afterSeq (-1: all).
    QSet<RecordKey> recordsChangedSince(qint64 afterSeq) const;
    int rowCount(const QString &table) const;
    // The synced tables this database has, in Schema::syncedTables()' order. One of an
    // older schema (a test's older laptop) lacks the newer tables: their records pass
    // through with their stamps, as an older Coalition passes them.
    const QStringList &tables() const { return m_tables; }
    // The highest field_stamps.seq so far.
    qint64 lastSeq() const;

    // How many visible records of local the merged state would delete.
    static int deletedBy(const FeedState &local, const FeedMerge::Result &merged);
    // How many visible records the database holds.
    int visibleRecords() const;
    // How apply() keeps the search index: through its triggers, or for a table whose
    // rows are mostly written by this merge, built once afterwards (DeferredSearchIndex);
    // Triggers when the caller has set them aside for several merges.
    enum class SearchUpkeep
    {
        AsWorthIt,
        Triggers
    };
    Summary apply(const FeedState &local, const FeedMerge::Result &merged,
                  SearchUpkeep search = SearchUpkeep::AsWorthIt);

private:
    // How many records of [begin, end) differ from this laptop's.
    static int recordsToWrite(FeedState::const_iterator begin, FeedState::const_iterator end,
                              const FeedState &local);
    // Writes one record of the merged state that differs from this laptop's (before):
    // its stamps, its row, the change notice and its counts in the summary.
    void applyRecord(const RecordKey &key, const FeedRecord &record, const FeedRecord &before,
                     qint64 heldAfter, Summary &summary, QStringList &authors);
    void writeStamps(const RecordKey &key, const FeedRecord &record, const FeedRecord &before);
    Statement &prepared(const QString &sql) { return m_statements.prepared(sql); }
    void readRecord(const RecordKey &key, FeedState &into);

    Database &m_database;
    StatementCache m_statements; // prepared once: a merge writes thousands of records alike
    SyncRowWriter m_rows;
    QStringList m_tables;
};
