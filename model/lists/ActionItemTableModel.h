#pragma once

#include "model/domain/ActionItemFilter.h"
#include "model/lists/PagedQueryModel.h"
#include "model/records/ActionItemQuery.h"

#include <QDate>

// The Action items list: title, campaign, organization, owner, due date, status and
// priority of the items matching a filter, paged in from SQL (PagedQueryModel).
class ActionItemTableModel : public PagedQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Campaign,
        Organization,
        Owner,
        Due,
        Status,
        Priority,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,   // canonical word: todo, doing, done, cancelled
        PriorityRole, // canonical word
        DueDateRole,  // QDate, invalid when undated
    };

    explicit ActionItemTableModel(Database &database, QObject *parent = nullptr);

    void setFilter(const ActionItemFilter &filter);
    ActionItemFilter filter() const { return m_filter; }

protected:
    QVector<PagedQueryModel::Column> columns() const override;
    QString fromClause() const override;
    QString alias() const override { return QStringLiteral("a"); }
    QString countFromClause() const override;
    QPair<QStringList, Bindings> filterConditions() const override;
    QPair<QStringList, Bindings> countConditions() const override;
    QStringList extraValues() const override;
    QSet<EntityKind> relatedEntities() const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    ActionItemFilter m_filter;
    ActionItemQuery::TextStrategy m_textStrategy = ActionItemQuery::TextStrategy::CollectMatches;
};
