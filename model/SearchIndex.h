#pragma once

#include "SearchHit.h"

#include <QVector>

class Database;

// Global search over organizations, contacts, campaigns and action items (FTS5, by
// word and prefix), best matches first within each kind, grouped by kind.
class SearchIndex
{
public:
    explicit SearchIndex(Database &database) : m_database(database) {}

    QVector<SearchHit> search(const QString &text, int limitPerKind = 20) const;

private:
    Database &m_database;
};
