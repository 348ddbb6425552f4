#pragma once

#include "ActionItem.h"
#include "ActionItemFilter.h"
#include "Repository.h"

class ActionItemRepository : public Repository<ActionItem>
{
public:
    explicit ActionItemRepository(Database &database);

    void validate(ActionItem &item) const override;

    QVector<ActionItem> list(const ActionItemFilter &filter, const ListOptions &options = {}) const;

    // Open (to do or in progress) items due on or before lastDay, plus undated ones
    // when includeUndated; ordered by due date, priority, then title.
    QVector<ActionItem> openItems(const QDate &lastDay, bool includeUndated) const;

    // The one-key "mark done" (and its undo): changes only the status.
    ActionItem setStatus(const QString &id, const QString &status);

protected:
    Columns columns(const ActionItem &item) const override;
    void readColumns(const QSqlQuery &row, ActionItem &item) const override;
    QString defaultSortColumn() const override { return QStringLiteral("due_date"); }
};
