#pragma once

#include "ActionItemFilter.h"

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
    // How the words filter joins the search index. Few matches: collect them first
    // (seq IN (…)). Very many matches (common words over a million items): check each
    // row as the sorted scan meets it, so the first page needs no full match list.
    enum class TextStrategy
    {
        CollectMatches,
        CheckEachRow
    };

    ActionItemQuery(const ActionItemFilter &filter, const QString &alias,
                    TextStrategy strategy = TextStrategy::CollectMatches);

    // CheckEachRow pays off once the words match at least this many items.
    static constexpr int manyMatches = 20000;
    // Whether text matches at least manyMatches items (reads at most that many).
    static bool matchesMany(const QSqlDatabase &db, const QString &text);

    QStringList conditions() const { return m_conditions; }
    QVector<QPair<QString, QVariant>> values() const { return m_values; }
    // "WHERE …" or empty.
    QString whereClause() const;

private:
    void add(const QString &condition, const QString &placeholder, const QVariant &value);

    QStringList m_conditions;
    QVector<QPair<QString, QVariant>> m_values;
};
