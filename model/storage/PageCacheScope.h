#pragma once

#include <QVariant>

class Database;

// SQLite's page cache made larger for the life of the scope, and put back after: for a
// bulk write whose index pages would otherwise be read from disk and written back again
// and again (an import's field stamps land at random places of their index).
class PageCacheScope
{
public:
    // What a bulk write takes: 256 MB, for the time of the write.
    static constexpr int bulkWriteKiB = 256 * 1024;

    // kib: the cache's size for the scope; 0 leaves it as it is.
    PageCacheScope(Database &database, int kib);
    ~PageCacheScope();
    PageCacheScope(const PageCacheScope &) = delete;
    PageCacheScope &operator=(const PageCacheScope &) = delete;

private:
    Database &m_database;
    QVariant m_before; // PRAGMA cache_size as it was; invalid when unchanged
};
