#pragma once

#include "model/domain/SearchHit.h"

#include <QVector>

class Database;

// Global search over organizations, contacts, campaigns and action items (FTS5, by
// word and prefix), best matches first within each kind, grouped by kind.
class SearchIndex
{
public:
    explicit SearchIndex(Database &database) : m_database(database) {}

    QVector<SearchHit> search(const QString &text, int limitPerKind = 20) const;

    // Merges each search index into one piece. Loading many records in one go leaves
    // an index in dozens of pieces, and looking a row up in it then costs a search of
    // each piece: ten times slower at a million items. Takes 2.5 s at a million items.
    void optimize();
    // After a bulk change of this many records or more, optimize() is worth its time.
    static constexpr int bulkChange = 5000;

private:
    Database &m_database;
};
