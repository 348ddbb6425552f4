#pragma once

#include "model/domain/Change.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QVariant>
#include <QVector>
#include <functional>
#include <optional>

class Database;

// A table of records paged in from SQL, for lists that may hold a million rows. The
// filter and the sort run in the query; pages are read by keyset ("rows after the
// last key"), so the thousandth page costs what the first does. Changes to the
// model's own entity arrive as fine-grained row inserts, removals and dataChanged;
// changes to related entities (a campaign renamed) reload the loaded rows.
class PagedQueryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Bindings = QVector<QPair<QString, QVariant>>;

    struct Column
    {
        QString header;
        QString value;       // SQL expression shown in the column
        QStringList sortKey; // non-null SQL expressions compared as one row value
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Every row matching the filter, loaded or not. Counted once after each change
    // and kept until the next one.
    int totalCount() const;
    // The same, but reading no further than limit matches: limit means "at least limit".
    // For status lines over a million rows, where an exact count of a common word's
    // matches would read most of the table.
    int countUpTo(int limit) const;
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    // Starts again at the first page; for a changed filter or sort.
    void reload();

    // Every row the view would show, in its order, as the text of its cells (the record
    // id first when withId): for "export what the page shows". rowDone(rows so far)
    // returning false stops early; returns the rows given to write.
    int forEachRow(bool withId, const std::function<bool(const QStringList &cells)> &write,
                   const std::function<bool(int rows)> &rowDone = {}) const;

protected:
    struct Row
    {
        QString id;
        QVector<QVariant> values; // the columns' values, then extraValues()
        QVector<QVariant> key;
    };

    PagedQueryModel(Database &database, EntityKind entity, QObject *parent);

    // Called once by the subclass constructor, after its columns are known.
    void initialize(int defaultSortColumn, Qt::SortOrder order = Qt::AscendingOrder);

    virtual QVector<Column> columns() const = 0;
    virtual QString fromClause() const = 0; // e.g. "action_items a LEFT JOIN campaigns c …"
    virtual QString alias() const = 0;      // the alias of the model's own table
    // What totalCount() counts over: the own table alone when filters never refer to
    // joined tables, so a count of a million rows does not do a million joins.
    virtual QString countFromClause() const { return fromClause(); }
    virtual QPair<QStringList, Bindings> filterConditions() const = 0;
    // The filter as conditions over countFromClause(), when counting is better driven
    // from another table than the one the pages walk.
    virtual QPair<QStringList, Bindings> countConditions() const { return filterConditions(); }
    // Values read with each row but not shown as columns (status words for roles…).
    virtual QStringList extraValues() const { return {}; }
    // Entities whose changes alter what rows show; they reload the loaded rows.
    virtual QSet<EntityKind> relatedEntities() const { return {}; }
    // The cell as shown; the default shows values[column] for display and tooltip.
    virtual QVariant cellData(const Row &row, int column, int role) const;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    Database &database() const { return m_database; }
    // A field's label from the catalogue, as headers: what the window's CSV export writes
    // is then what an import in any language maps back to the field.
    QString fieldLabel(const QString &column) const;

private:
    QStringList keyExpressions() const;
    QString selectList() const;
    // One step of keyset paging: the rows whose key equals `key` on the first `level`
    // keys and is beyond it (after, or before when `before`) on key number `level`.
    struct KeysetStep
    {
        QStringList conditions;
        Bindings values;
        int level = 0;
    };
    QVector<KeysetStep> keysetSteps(const QVector<QVariant> &key, bool before) const;
    // Rows matching the filter and the extra conditions, ordered by the keys from
    // orderFrom on (the earlier ones are fixed by the conditions).
    QVector<Row> query(const QStringList &moreConditions, const Bindings &moreValues, int limit,
                       int orderFrom = 0) const;
    // How many rows come before key, counting no further than limit.
    int positionFor(const QVector<QVariant> &key, int limit) const;
    void refresh();
    std::optional<Row> readRow(const QString &id) const;
    void onChanged(const Change &change);
    void onBatchCommitted();
    void removeLoadedRow(int row);
    void insertIfInLoadedRange(const Row &row);
    void rebuildIndex(int fromRow = 0);

    Database &m_database;
    EntityKind m_entity;
    QVector<Column> m_columns;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // A window shows a few dozen rows; each page costs a walk of the sort order's index
    // that grows with it (checking every row against the search words, at worst).
    int m_pageSize = 128;
    bool m_allFetched = false;
    bool m_reloadPending = false;
    int m_changesInBatch = 0;
    mutable int m_totalCount = -1; // -1: count again
    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
};
