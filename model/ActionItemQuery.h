#pragma once

#include "ActionItemFilter.h"

#include <QPair>
#include <QStringList>
#include <QVariant>
#include <QVector>

// Turns an ActionItemFilter into SQL conditions over action_items (as alias, e.g.
// "a") with bound values. Shared by the repository, the table model and exports, so
// every view of "the filtered action items" selects the same rows.
class ActionItemQuery
{
public:
    ActionItemQuery(const ActionItemFilter &filter, const QString &alias);

    QStringList conditions() const { return m_conditions; }
    QVector<QPair<QString, QVariant>> values() const { return m_values; }
    // "WHERE …" or empty.
    QString whereClause() const;

private:
    void add(const QString &condition, const QString &placeholder, const QVariant &value);

    QStringList m_conditions;
    QVector<QPair<QString, QVariant>> m_values;
};
