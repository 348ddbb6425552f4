#pragma once

#include "ActionItemFilter.h"
#include "Change.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

class Database;

// The Action items list, paged in from SQL: the filter and sort run in the query
// (indexes, FTS5), and rows arrive a page at a time through canFetchMore/fetchMore,
// so a million items open as fast as a hundred. Listens to the ChangeNotifier.
class ActionItemTableModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ActionItemFilter &filter);
    ActionItemFilter filter() const { return m_filter; }
    // Every item matching the filter, loaded or not (one COUNT query).
    int totalCount() const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    void reload();

private:
    struct Row
    {
        QString id, title, campaign, organization, owner, status, priority, notes;
        QDate due;
    };

    QVector<Row> queryRows(int limit, int offset, const QString &onlyId = {}) const;
    void onChanged(const Change &change);
    void onBatchCommitted();
    void rebuildIndex();

    Database &m_database;
    ActionItemFilter m_filter;
    int m_sortColumn = Due;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 256;
    bool m_allFetched = false;
    bool m_reloadPending = false;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
};
