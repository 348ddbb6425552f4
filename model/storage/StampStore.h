#pragma once

#include <map>
#include <memory>

#include "model/storage/SqliteRows.h"
#include "model/storage/Statement.h"

#include "model/domain/EntityKind.h"
#include "model/domain/HybridLogicalClock.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

class Clock;

// This database's identity for sync and the stamp of every field it writes. Each local
// write stamps the fields it changed (a delete stamps the record's "_deleted" field);
// the feed carries these stamps so other laptops can merge field by field.
class StampStore
{
public:
    static constexpr const char *deletedField = "_deleted";
    // On a merged-away record's tombstone, the id of the record it was merged into
    // (RecordMerge), so a sync moves references made to it elsewhere (MergeInvariants).
    static constexpr const char *mergedIntoField = "_merged_into";
    // The value of field_stamps.seq for a row being written: one more than any row has.
    // Computed in the statement, inside its write transaction, so two processes writing
    // the same file never hand out the same number (schema step 6).
    static constexpr const char *nextSeqSql =
        "(SELECT coalesce(max(seq), 0) + 1 FROM field_stamps)";
    static constexpr const char *seqBaseSql = "(SELECT coalesce(max(seq), 0) FROM field_stamps)";

    StampStore(const QSqlDatabase &db, const Clock &clock);

    QString deviceId() const { return m_clock.device(); }
    // A fresh stamp, persisted so the clock never goes back across restarts.
    Stamp next();
    void receive(const Stamp &remote);
    // Gives this database a new device id: for a copied database file, whose id another
    // laptop is also stamping with.
    void rekey();
    // Takes the device id from the file again (after a rekey() that was rolled back),
    // keeping the clock's latest time.
    void reloadDevice();
    // The team of the feed this database syncs with; empty before its first sync.
    QString teamId() const;
    void joinTeam(const QString &team);

    // Stamps each (field, value); an invalid QVariant value is SQL NULL.
    void record(EntityKind kind, const QString &id, const QVector<QPair<QString, QVariant>> &fields,
                const Stamp &stamp, const QString &author);
    // The same for a table that is not an entity (the conflicts list).
    void record(const QString &table, const QString &id,
                const QVector<QPair<QString, QVariant>> &fields, const Stamp &stamp,
                const QString &author);
    Stamp stampOf(EntityKind kind, const QString &id, const QString &field) const;

    // A record's fields whose names start with prefix, with no column of their own (a
    // repeating item's outcomes, "occurrence:2021-12-07"): value, who and when.
    struct FieldEntry
    {
        QString field;
        QString value;
        QString author;
        qint64 wall = 0;
    };
    QVector<FieldEntry> fieldsStartingWith(EntityKind kind, const QString &id,
                                           const QString &prefix) const;

    // A record's created_at and updated_at: the times of the earliest and the latest of
    // its fields' stamps. Every laptop holding the same stamps shows the same times, so
    // two laptops that have synced export the same rows (DESIGN.md: converged laptops
    // agree on every column).
    struct RecordTimes
    {
        QString createdAt;
        QString updatedAt;
    };
    RecordTimes timesOf(EntityKind kind, const QString &id) const;
    // A stamp's wall clock as the record tables store times (ISO 8601 UTC, milliseconds).
    static QString isoTime(qint64 wallMs);

private:
    void persist();

    Statement &prepared(std::unique_ptr<Statement> &slot, const QString &sql);

    QSqlDatabase m_db;
    // Prepared once: an import or a sync stamps thousands of records in a row.
    std::unique_ptr<Statement> m_persist;
    mutable std::unique_ptr<Statement> m_times;
    // By how many fields they stamp at once: one INSERT of all of a record's fields.
    std::map<int, std::unique_ptr<SqliteRows>> m_upserts;
    const Clock &m_wallClock;
    HybridLogicalClock m_clock;
    bool m_hasSeq; // schema step 6 is in
};
