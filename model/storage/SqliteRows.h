#pragma once

#include <QByteArrayView>
#include <QList>
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
    // Binds position (from 1) as a Statement binds a value (a date as ISO 8601 text, a
    // null QString as ''), so a row written here reads the same as one written there,
    // without the placeholder name QSqlQuery makes for each positional value.
    void bind(int position, const QVariant &value);
    // Runs a statement that returns no rows and readies it to run again. Throws
    // CoalitionError (StorageError for a full disk and the like) when it fails.
    void run();
    // Throws CoalitionError on a failed step.
    bool next();
    // Readies the statement to be bound and run again, its rows read or not.
    void reset();
    int columnCount() const;
    // Valid until the next call of next(); NULL reads as empty.
    QByteArrayView cell(int column) const;
    bool isNull(int column) const;
    // The rowid of the last row a plain table got on db's connection (an INSERT into a
    // WITHOUT ROWID table, or a trigger's, leaves it as it was).
    static qint64 lastInsertedRow(const QSqlDatabase &db);
    qint64 integer(int column) const;

private:
    int bindText(int position, const QString &text);
    void forgetBindings();

    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    // The texts bound for the next run, which SQLite reads in place.
    QList<QByteArray> m_texts;
};
