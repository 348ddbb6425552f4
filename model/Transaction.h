#pragma once

#include <QString>

class Database;

// An all-or-nothing scope over the database. Nested scopes are SQLite savepoints, so
// a repository that opens its own Transaction can run inside a larger one (an import,
// a sync) and still be undone by it. Destroyed without commit() it rolls back.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    void run(const QString &sql);

    Database &m_database;
    QString m_name;
    bool m_open = false;
};
