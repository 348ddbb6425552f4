#pragma once

#include "model/domain/CoalitionError.h"
#include "model/domain/ListOptions.h"
#include "model/domain/Validation.h"
#include "model/domain/ValidationError.h"
#include "model/records/RecordMember.h"
#include "model/records/RepositoryBase.h"
#include "model/storage/Database.h"
#include "model/storage/FtsQuery.h"
#include "model/storage/Statement.h"
#include "model/storage/StatementCache.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <optional>

// Create, read, update and delete for one entity type T. A subclass names its
// columns, reads a row and validates; every write is validated first, so a refused
// record never reaches SQL, and runs in a Transaction, so a failed one leaves nothing.
template<class T> class Repository : public RepositoryBase
{
public:
    using RepositoryBase::RepositoryBase;
    using RecordType = T;

    // Checks and normalises record in place; throws ValidationError.
    virtual void validate(T &record) const = 0;

    T create(T record)
    {
        checkId(record.id);
        validate(record);
        if (exists(record.id))
            throw ValidationError(
                QStringLiteral("id"),
                QCoreApplication::translate("Repository", "A record with id %1 already exists.")
                    .arg(record.id));
        Transaction transaction(m_database);
        insertRow(record, withExtraFields(columns(record), record));
        transaction.commit();
        return record;
    }

    // Creates the record unless one with its id exists; true when it was created.
    bool createIfMissing(const T &record)
    {
        if (exists(record.id))
            return false;
        create(record);
        return true;
    }

    // Returns the stored record; the field names that changed are in changedFields.
    T update(T record, QSet<QString> *changedFields = nullptr)
    {
        validate(record);
        const std::optional<T> before = get(record.id);
        if (!before)
            throw CoalitionError(
                QCoreApplication::translate("Repository",
                                            "The record %1 no longer exists; it may have been "
                                            "deleted on another laptop.")
                    .arg(record.id));
        beforeUpdate(record, *before);
        Transaction transaction(m_database);
        const QSet<QString> fields =
            updateRow(record, *before, withExtraFields(columns(record), record),
                      withExtraFields(columns(*before), *before));
        transaction.commit();
        if (changedFields)
            *changedFields = fields;
        return record;
    }

    virtual bool remove(const QString &id)
    {
        Transaction transaction(m_database);
        const bool removed = deleteRow(id);
        transaction.commit();
        return removed;
    }

    std::optional<T> get(const QString &id) const
    {
        const QVector<T> found =
            selectFixed(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}});
        if (found.isEmpty())
            return std::nullopt;
        return found.first();
    }

    QVector<T> list(const ListOptions &options = {}) const { return listWhere({}, {}, options); }

    // The columns T names as members; the catalogue's other fields travel in Record::extra.
    QStringList ownColumns() const
    {
        QStringList names = {QStringLiteral("tags")};
        for (const RecordMember<T> *member : storedMembers())
            names << member->column;
        return names;
    }

    // Sets the field stored in column from a value in its stored form (ISO dates and
    // instants, one link per line): a member of T, or else one of record.extra.
    void setField(T &record, const QString &column, const QVariant &value) const
    {
        for (const RecordMember<T> &member : members()) {
            if (member.column == column) {
                member.load(record, value);
                return;
            }
        }
        record.extra.insert(column, value);
    }

protected:
    using Bindings = QVector<QPair<QString, QVariant>>;

    // T's members and their columns, in the table's column order.
    virtual const QVector<RecordMember<T>> &members() const = 0;

    Columns columns(const T &record) const
    {
        Columns result;
        for (const RecordMember<T> *member : storedMembers())
            result.append({member->column, member->stored(record, isNullable(member->column))});
        return result;
    }
    // The members whose column the database's catalogue has: all of them, except in a
    // database opened at an older schema (a migration test) that lacks a later column.
    const QVector<const RecordMember<T> *> &storedMembers() const
    {
        if (m_storedMembers.isEmpty()) {
            for (const RecordMember<T> &member : members()) {
                if (catalogue().field(table(), member.column))
                    m_storedMembers << &member;
            }
        }
        return m_storedMembers;
    }
    virtual QString defaultSortColumn() const = 0;
    virtual bool hasSearchIndex() const { return true; }

    // Lists records matching all conditions (SQL fragments over this table's
    // columns, with placeholders bound from values) and the options.
    QVector<T> listWhere(QStringList conditions, Bindings values, const ListOptions &options) const
    {
        if (hasSearchIndex()) {
            const QString match = FtsQuery::fromUserText(options.text);
            if (!match.isEmpty()) {
                conditions << QStringLiteral("seq IN (SELECT rowid FROM %1_fts WHERE %1_fts "
                                             "MATCH :fts_match)")
                                  .arg(table());
                values << qMakePair(QStringLiteral(":fts_match"), QVariant(match));
            }
        }
        QString sortColumn = defaultSortColumn();
        for (const auto &column : columns(T{})) {
            if (column.first == options.sortColumn)
                sortColumn = column.first;
        }
        if (options.sortColumn == QLatin1String("updated_at") ||
            options.sortColumn == QLatin1String("created_at"))
            sortColumn = options.sortColumn;
        const QString direction =
            options.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        QString clause;
        if (!conditions.isEmpty())
            clause = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
        // Unset values sort last either way; seq keeps equal keys in a stable order.
        clause += QStringLiteral(" ORDER BY (%1 IS NULL OR %1 = '') ASC, %1 COLLATE NOCASE %2, "
                                 "seq %2 LIMIT :limit OFFSET :offset")
                      .arg(sortColumn, direction);
        values << qMakePair(QStringLiteral(":limit"), QVariant(options.limit));
        values << qMakePair(QStringLiteral(":offset"), QVariant(options.offset));
        return select(clause, values);
    }

    // Reads the entity's own columns, which start at index 5 (after the Record ones).
    void readColumns(const QSqlQuery &row, T &record) const
    {
        int index = 5;
        for (const RecordMember<T> *member : storedMembers())
            member->load(record, row.value(index++));
    }
    // Lets a repository derive fields from the transition (e.g. completed_at).
    virtual void beforeUpdate(T &record, const T &before) const
    {
        Q_UNUSED(record);
        Q_UNUSED(before);
    }

    // SELECT … FROM table <clause>; clause holds WHERE/ORDER BY/LIMIT with placeholders.
    QVector<T> select(const QString &clause, const Bindings &values) const
    {
        Statement query(m_database.connection(), selectSql(clause));
        return readAll(query, values);
    }
    // The same for a clause fixed in the code (by id, by name): prepared once per
    // connection, as an import looks records up row after row.
    QVector<T> selectFixed(const QString &clause, const Bindings &values) const
    {
        Statement &query = m_database.statements().prepared(selectSql(clause));
        QVector<T> result = readAll(query, values);
        query.query().finish();
        return result;
    }

    QString selectSql(const QString &clause) const
    {
        return QStringLiteral("SELECT %1 FROM %2 %3")
            .arg(selectList(withExtraFields(columns(T{}), T{})), table(), clause);
    }
    QVector<T> readAll(Statement &query, const Bindings &values) const
    {
        const Columns own = columns(T{});
        for (const auto &value : values)
            query.bind(value.first, value.second);
        query.exec();
        QVector<T> result;
        while (query.next()) {
            T record;
            readRecord(query.query(), record);
            readColumns(query.query(), record);
            readExtraFields(query.query(), own, record);
            result << record;
        }
        return result;
    }

    static QString requiredText(const QString &text, const QString &field, const QString &message)
    {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            throw ValidationError(field, message);
        return trimmed;
    }

private:
    mutable QVector<const RecordMember<T> *> m_storedMembers;

    static void checkId(const QString &id)
    {
        if (!id.isEmpty() && !Validation::isUuid(id))
            throw ValidationError(
                QStringLiteral("id"),
                QCoreApplication::translate("Repository", "\"%1\" is not a valid record id "
                                                          "(a UUID such as "
                                                          "123e4567-e89b-12d3-a456-426614174000).")
                    .arg(id));
    }
};
