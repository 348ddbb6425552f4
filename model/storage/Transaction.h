#pragma once

#include <QString>

class Database;

// An all-or-nothing scope over the database. The outermost scope is a real
// transaction (BEGIN IMMEDIATE … COMMIT or ROLLBACK); nested scopes are savepoints, so
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
    bool isOutermost() const { return m_savepoint.isEmpty(); }

    Database &m_database;
    QString m_savepoint; // empty for the outermost scope
    bool m_open = false;
};
