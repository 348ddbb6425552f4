#pragma once

#include "model/domain/EntityKind.h"
#include "model/domain/HybridLogicalClock.h"
#include "model/domain/Record.h"

#include <QPair>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QVector>
#include <optional>

class Database;
class FieldCatalogue;
class Vocabulary;

// Column name -> value, in table order. Column names are fixed by each repository
// (never user input); values are always bound. A null QVariant stores SQL NULL.
using Columns = QVector<QPair<QString, QVariant>>;

// The SQL every repository shares: insert with stamps, update only what differs,
// delete, and read the columns every record has. Entity repositories say which
// columns they have and how to validate; see Repository<T>.
class RepositoryBase
{
public:
    RepositoryBase(Database &database, EntityKind kind);
    virtual ~RepositoryBase() = default;

    Database &database() const { return m_database; }
    EntityKind kind() const { return m_kind; }
    // The entities and fields of the database this repository reads and writes.
    const FieldCatalogue &catalogue() const;
    bool exists(const QString &id) const;
    int count() const;
    // No record of this kind at all (cheap on any size of table).
    bool isEmpty() const;

protected:
    QString table() const { return tableName(m_kind); }
    // "id, created_at, updated_at, updated_by, tags, <names>" for SELECTs.
    QString selectList(const Columns &columns) const;
    static void readRecord(const QSqlQuery &row, Record &record);
    // columns followed by the catalogue's fields of this entity that they leave out,
    // with the record's values for them (record.extra), so those are stored and stamped.
    Columns withExtraFields(Columns columns, const Record &record) const;
    // Reads the extra fields, which follow the entity's own columns in a row selected
    // with selectList(withExtraFields(columns, …)).
    void readExtraFields(const QSqlQuery &row, const Columns &columns, Record &record) const;

    // Whether the catalogue stores "none" in column as NULL (dates, references) or ''.
    bool isNullable(const QString &column) const;

    void insertRow(Record &record, const Columns &columns);
    // Writes the columns whose values differ from before and returns their names;
    // nothing is written (and updated_at is not bumped) when nothing differs.
    QSet<QString> updateRow(Record &record, const Record &before, const Columns &columns,
                            const Columns &columnsBefore);
    bool deleteRow(const QString &id);
    // A record that refers to the one being deleted, and what the schema's foreign key
    // does to it (ON DELETE CASCADE or SET NULL).
    struct Dependent
    {
        enum Effect
        {
            Deleted,
            ReferenceCleared
        };
        EntityKind kind;
        QString column;
        Effect effect;
    };
    // Deletes the row in one transaction and stamps and announces what the foreign keys
    // did to its dependents, so a sync carries the cascade too.
    bool deleteRowWithDependents(const QString &id, const QVector<Dependent> &dependents);
    // The ids of the records of kind whose column holds id.
    QStringList idsReferring(EntityKind kind, const QString &column, const QString &id) const;
    void notifyDeleted(EntityKind kind, const QStringList &ids);
    // Records, for sync, who changed which fields of a record, and when (field stamps).
    // The stamp given them; none when nothing was stamped.
    std::optional<Stamp> stampFields(EntityKind kind, const QString &id, const Columns &fields);
    // Tombstones for records that went away, also those a cascade took along.
    void stampDeleted(EntityKind kind, const QStringList &ids);
    // created_at and updated_at from the record's stamps (StampStore::timesOf), once its
    // fields are stamped.
    void setTimesFromStamps(Record &record) const;

    // Shared field checks for validate(): each returns the normalised value (trimmed;
    // a web address with its scheme; a vocabulary's canonical word), '' for an empty
    // optional value, or throws ValidationError naming field.
    static QString optionalWebAddress(const QString &text, const QString &field);
    static QString optionalEmail(const QString &text, const QString &field);
    static QString optionalPhone(const QString &text, const QString &field);
    // A word this version does not know is kept when it is what the record already holds
    // (a newer Coalition's word, synced here): editing other fields must not undo it.
    QString canonicalWord(const Vocabulary &vocabulary, const QString &value, const QString &field,
                          const QString &recordId) const;

    // Whether a record of kind has id.
    bool found(EntityKind kind, const QString &id) const;
    // Throws ValidationError(field, message) when a referenced record is missing.
    void requireReference(EntityKind kind, const QString &id, const QString &field,
                          const QString &message) const;

    Database &m_database;
    EntityKind m_kind;

private:
    // The INSERT of the last insertRow() and its columns: an import inserts row after row
    // with the same columns.
    QStringList m_insertColumns;
    QString m_insertSql;
};
