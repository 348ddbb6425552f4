#pragma once

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

private:
    Database &m_database;
    std::map<QString, std::unique_ptr<Statement>> m_statements;
};
