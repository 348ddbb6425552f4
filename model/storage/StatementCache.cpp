#include "model/storage/StatementCache.h"

#include "model/storage/Database.h"

Statement &StatementCache::prepared(const QString &sql)
{
    auto &statement = m_statements[sql];
    if (!statement)
        statement = std::make_unique<Statement>(m_database.connection(), sql);
    return *statement;
}

SqliteRows &StatementCache::writer(const QString &sql)
{
    auto &statement = m_writers[sql];
    if (!statement)
        statement = std::make_unique<SqliteRows>(m_database.connection(), sql);
    return *statement;
}
