#pragma once

#include "model/storage/StatementCache.h"

#include "model/feed/FeedState.h"

#include <QStringList>
#include <QVariant>
#include <QVector>
#include <map>
#include <memory>

class Database;
class Statement;

// Writes records of a merged state into their tables, for SyncStore: a record the laptop
// shows already gets only the columns whose value changed; a new one its whole row; a
// deleted one leaves its table. References to records this laptop does not have are
// written as none, and a value a table refuses is reported naming the record.
class SyncRowWriter
{
public:
    explicit SyncRowWriter(Database &database);
    ~SyncRowWriter();

    // Writes the record's row as the merged state has it (or deletes it); before is this
    // laptop's state of the record.
    void write(const RecordKey &key, const FeedRecord &record, const FeedRecord &before,
               qint64 heldAfter);
    // The tables whose records others refer to (a contact's organization, an action
    // item's campaign): their records must be written first, or the references are
    // written as none.
    static QStringList referencedTables();

private:
    // The field's value as its column takes it: a dangling reference is none, a missing
    // value of a NOT NULL column is ''.
    QVariant storableCell(const QString &field, const FieldValue &value);
    void deleteRow(const QString &table, const QString &id);
    void upsertRow(const QString &table, const QString &id, const QStringList &names,
                   const QVector<QVariant> &values);
    // Writes the columns whose value changed in an existing row, with names and values
    // (when and by whom) before them. False when the row must be written whole: there is
    // no row, or a partnership lost its campaign or organization.
    bool updateChanged(const RecordKey &key, const FeedRecord &record, const FeedRecord &before,
                       QStringList names, QVector<QVariant> values);
    // Runs a statement that writes a record's row; a value the table refuses is reported
    // naming the record.
    void execStoring(Statement &statement, const QString &table, const QString &id);
    Statement &prepared(const QString &sql) { return m_statements.prepared(sql); }
    bool exists(const QString &table, const QString &id);

    Database &m_database;
    StatementCache m_statements; // prepared once: a merge writes thousands of records alike
};
