#pragma once

#include "model/storage/SqliteRows.h"
#include "model/storage/Statement.h"

#include <QString>
#include <map>
#include <memory>

class Database;

// Statements prepared once and kept, by their SQL: a sync writes and reads thousands of
// records the same way.
class StatementCache
{
public:
    explicit StatementCache(Database &database) : m_database(database) {}
    Statement &prepared(const QString &sql);
    // A write run hundreds of thousands of times (an import's inserts), bound by position
    // straight into SQLite: QSqlQuery makes a placeholder name for each positional value.
    SqliteRows &writer(const QString &sql);

private:
    Database &m_database;
    std::map<QString, std::unique_ptr<Statement>> m_statements;
    std::map<QString, std::unique_ptr<SqliteRows>> m_writers;
};
