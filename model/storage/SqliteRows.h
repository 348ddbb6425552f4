#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

// The rows of one query read straight from SQLite, each cell as the UTF-8 bytes SQLite
// holds: for streaming a million rows into a file without a QVariant and a UTF-16
// QString per cell. Uses the connection of a QSqlDatabase (Qt's SQLite driver and this
// code share the system's libsqlite3). Values are bound, never pasted into the SQL.
class SqliteRows
{
public:
    // Throws CoalitionError when the statement cannot be prepared.
    SqliteRows(const QSqlDatabase &db, const QString &sql);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // An invalid QVariant binds NULL; whole numbers bind as integers; the rest as text.
    void bind(const QString &placeholder, const QVariant &value);
    // Throws CoalitionError on a failed step.
    bool next();
    int columnCount() const;
    // Valid until the next call of next(); NULL reads as empty.
    QByteArrayView cell(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
};
