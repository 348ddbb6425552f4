#include "model/storage/PageCacheScope.h"

#include "model/storage/Database.h"
#include "model/storage/Statement.h"

PageCacheScope::PageCacheScope(Database &database, int kib) : m_database(database)
{
    if (kib <= 0)
        return;
    m_before = Statement(database.connection(), QStringLiteral("PRAGMA cache_size")).scalar();
    // A negative cache_size is in KiB, a positive one in pages.
    Statement(database.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(-kib)).exec();
}

PageCacheScope::~PageCacheScope()
{
    if (!m_before.isValid())
        return;
    try {
        Statement(m_database.connection(),
                  QStringLiteral("PRAGMA cache_size = %1").arg(m_before.toLongLong()))
            .exec();
    } catch (...) { // a destructor must not throw; the cache only stays larger
    }
}
