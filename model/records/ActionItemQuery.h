#pragma once

#include "model/domain/ActionItemFilter.h"

#include <QPair>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>
#include <QVector>

// Turns an ActionItemFilter into SQL conditions over action_items (as alias, e.g.
// "a") with bound values. Shared by the repository, the table model and exports, so
// every view of "the filtered action items" selects the same rows.
class ActionItemQuery
{
public:
    // How the words filter joins the search index; textStrategyFor() picks one from how
    // many items the words match (figures in docs/PERFORMANCE.md, a million items):
    enum class TextStrategy
    {
        // Few matches: read them from the index, then sort them (seq IN (…)).
        CollectMatches,
        // Some: gather the match list into a temporary index once, then walk the sort
        // order's index and keep the rows found in it (+seq IN (…)).
        CheckMatchList,
        // Many (a first letter, a common word): walk the sort order's index and ask the
        // search index about each row (EXISTS … rowid = seq). The first page needs a
        // few hundred rows, not the whole match list. Cheap only with prefix indexes.
        CheckEachRow,
        // Counting: walk the match list in the search index's order and look each row up
        // ("f MATCH …", for a FROM clause from matchesJoin()). Streams, so a count that
        // stops at some limit reads no further.
        JoinMatches
    };

    ActionItemQuery(const ActionItemFilter &filter, const QString &alias,
                    TextStrategy strategy = TextStrategy::CollectMatches);

    // Below this many matches, CollectMatches.
    static constexpr int fewMatches = 2000;
    // The search index's longest prefix index, in bytes of UTF-8 (Schema version 4).
    static constexpr int longestIndexedPrefix = 3;
    // The strategy for text over the database's action items.
    static TextStrategy textStrategyFor(const QSqlDatabase &db, const QString &text);
    // "action_items_fts f CROSS JOIN action_items alias …" for JoinMatches.
    static QString matchesJoin(const QString &alias);

    QStringList conditions() const { return m_conditions; }
    QVector<QPair<QString, QVariant>> values() const { return m_values; }
    // "WHERE …" or empty.
    QString whereClause() const;

private:
    void add(const QString &condition, const QString &placeholder, const QVariant &value);

    QStringList m_conditions;
    QVector<QPair<QString, QVariant>> m_values;
};
