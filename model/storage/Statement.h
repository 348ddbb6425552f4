#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// A prepared statement that throws CoalitionError (StorageError when the disk or the
// file is at fault) instead of returning false, so a failed write unwinds to the
// enclosing Transaction and rolls back. Values are
// always bound, never pasted into the SQL text.
class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &sql);

    // An invalid QVariant binds SQL NULL; a null QString binds '' (see bind()).
    Statement &bind(const QString &placeholder, const QVariant &value);

    Statement &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

    // The single value of a one-row, one-column query; null when there is no row.
    QVariant scalar();

private:
    // StorageError for a full disk, a read-only or busy file…; CoalitionError otherwise.
    [[noreturn]] void fail() const;

    QSqlQuery m_query;
    QString m_sql;
    QString m_databaseName; // for messages about the file
};
