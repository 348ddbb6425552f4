#include "model/lists/PagedQueryModel.h"

#include "model/domain/FieldCatalogue.h"

#include "model/storage/Database.h"
#include "model/storage/Statement.h"

PagedQueryModel::PagedQueryModel(Database &database, EntityKind entity, QObject *parent)
    : QAbstractTableModel(parent), m_database(database), m_entity(entity)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, &PagedQueryModel::onChanged);
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, this,
            &PagedQueryModel::onBatchCommitted);
    connect(&database.notifier(), &ChangeNotifier::externalChange, this, &PagedQueryModel::refresh);
}

void PagedQueryModel::initialize(int defaultSortColumn, Qt::SortOrder order)
{
    m_columns = columns();
    m_sortColumn = defaultSortColumn;
    m_sortOrder = order;
}

int PagedQueryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedQueryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedQueryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QVariant PagedQueryModel::cellData(const Row &row, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return row.values.value(column);
    return {};
}

QVariant PagedQueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedQueryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allFetched;
}

void PagedQueryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_allFetched)
        return;
    QVector<Row> page;
    if (m_rows.isEmpty()) {
        page = query({}, {}, m_pageSize);
    } else {
        // "After the last key" as a few index range scans, deepest key first: SQLite
        // does not use an index for a row-value comparison over expressions.
        for (const KeysetStep &step : keysetSteps(m_rows.last().key, false)) {
            page += query(step.conditions, step.values, m_pageSize - int(page.size()), step.level);
            if (page.size() >= m_pageSize)
                break;
        }
    }
    m_allFetched = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows += page;
    rebuildIndex(first);
    endInsertRows();
}

void PagedQueryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortKey.isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

int PagedQueryModel::totalCount() const
{
    if (m_totalCount < 0)
        m_totalCount = countUpTo(-1);
    return m_totalCount;
}

int PagedQueryModel::countUpTo(int limit) const
{
    if (m_totalCount >= 0)
        return limit < 0 ? m_totalCount : qMin(m_totalCount, limit);
    const auto [conditions, values] = countConditions();
    QString rows = QStringLiteral("SELECT 1 FROM ") + countFromClause();
    if (!conditions.isEmpty())
        rows += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    Statement count(m_database.connection(),
                    limit < 0
                        ? QStringLiteral("SELECT count(*) FROM (%1)").arg(rows)
                        : QStringLiteral("SELECT count(*) FROM (%1 LIMIT :count_limit)").arg(rows));
    for (const auto &value : values)
        count.bind(value.first, value.second);
    if (limit >= 0)
        count.bind(QStringLiteral(":count_limit"), limit);
    const int counted = count.scalar().toInt();
    if (limit < 0 || counted < limit)
        m_totalCount = counted; // exact
    return counted;
}

QString PagedQueryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int PagedQueryModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void PagedQueryModel::reload()
{
    beginResetModel();
    m_totalCount = -1;
    m_rows = query({}, {}, m_pageSize);
    m_allFetched = m_rows.size() < m_pageSize;
    m_reloadPending = false;
    m_rowById.clear();
    rebuildIndex();
    endResetModel();
}

void PagedQueryModel::refresh()
{
    // Keep as many rows as were loaded, so a refresh does not jump the view's scroll.
    const int keep = qMax(m_pageSize, int(m_rows.size()));
    beginResetModel();
    m_totalCount = -1;
    m_rows = query({}, {}, keep);
    m_allFetched = m_rows.size() < keep;
    m_reloadPending = false;
    m_rowById.clear();
    rebuildIndex();
    endResetModel();
}

QStringList PagedQueryModel::keyExpressions() const
{
    // The own table's seq ends every key: it makes keys unique, so paging never
    // skips or repeats rows that share a name or a date.
    return m_columns.at(m_sortColumn).sortKey + QStringList{alias() + QStringLiteral(".seq")};
}

QString PagedQueryModel::selectList() const
{
    QStringList select{alias() + QStringLiteral(".id")};
    for (const Column &column : m_columns)
        select << column.value;
    select << extraValues() << keyExpressions();
    return select.join(QStringLiteral(", "));
}

QVector<PagedQueryModel::KeysetStep> PagedQueryModel::keysetSteps(const QVector<QVariant> &key,
                                                                  bool before) const
{
    const QStringList keys = keyExpressions();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString beyond = (ascending != before) ? QStringLiteral(">") : QStringLiteral("<");
    QVector<KeysetStep> steps;
    for (int level = int(keys.size()) - 1; level >= 0; --level) {
        KeysetStep step;
        step.level = level;
        for (int i = 0; i <= level; ++i) {
            const QString placeholder = QStringLiteral(":key%1").arg(i);
            step.conditions << QStringLiteral("(%1) %2 %3")
                                   .arg(keys.at(i), i < level ? QStringLiteral("=") : beyond,
                                        placeholder);
            step.values << qMakePair(placeholder, key.at(i));
        }
        steps << step;
    }
    // Rows after a key: deepest level first. Rows before it: any order (they are counted).
    return steps;
}

QVector<PagedQueryModel::Row> PagedQueryModel::query(const QStringList &moreConditions,
                                                     const Bindings &moreValues, int limit,
                                                     int orderFrom) const
{
    auto [conditions, values] = filterConditions();
    conditions += moreConditions;
    values += moreValues;
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList order;
    for (const QString &key : keyExpressions().mid(orderFrom))
        order << key + direction;

    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectList(), fromClause());
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    sql += QStringLiteral(" LIMIT :limit");

    Statement statement(m_database.connection(), sql);
    for (const auto &value : values)
        statement.bind(value.first, value.second);
    statement.bind(QStringLiteral(":limit"), limit).exec();

    const int valueCount = int(m_columns.size() + extraValues().size());
    const int keyCount = int(keyExpressions().size());
    QVector<Row> rows;
    while (statement.next()) {
        Row row;
        row.id = statement.text(0);
        row.values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i)
            row.values << statement.value(1 + i);
        for (int i = 0; i < keyCount; ++i)
            row.key << statement.value(1 + valueCount + i);
        rows << row;
    }
    return rows;
}

std::optional<PagedQueryModel::Row> PagedQueryModel::readRow(const QString &id) const
{
    const QVector<Row> rows =
        query({alias() + QStringLiteral(".id = :row_id")}, {{QStringLiteral(":row_id"), id}}, 1);
    if (rows.isEmpty())
        return std::nullopt; // deleted, or no longer matching the filter
    return rows.first();
}

int PagedQueryModel::positionFor(const QVector<QVariant> &key, int limit) const
{
    int position = 0;
    for (const KeysetStep &step : keysetSteps(key, true)) {
        auto [conditions, values] = filterConditions();
        conditions += step.conditions;
        values += step.values;
        // Counts through an index range, stopping once past the loaded rows.
        Statement count(
            m_database.connection(),
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT :limit)")
                .arg(fromClause(), conditions.join(QStringLiteral(" AND "))));
        for (const auto &value : values)
            count.bind(value.first, value.second);
        position += count.bind(QStringLiteral(":limit"), limit - position + 1).scalar().toInt();
        if (position > limit)
            break;
    }
    return position;
}

QString PagedQueryModel::fieldLabel(const QString &column) const
{
    const FieldCatalogue &catalogue = m_database.catalogue();
    return catalogue.label(catalogue.entity(m_entity).table, column);
}

int PagedQueryModel::forEachRow(bool withId, const std::function<bool(const QStringList &)> &write,
                                const std::function<bool(int)> &rowDone) const
{
    QStringList header;
    if (withId)
        header << QStringLiteral("id");
    for (int column = 0; column < m_columns.size(); ++column)
        header << m_columns.at(column).header;
    if (!write(header))
        return 0;
    // Page by page in the view's order, so memory stays flat for a million rows.
    int rows = 0;
    QVector<Row> page = query({}, {}, 4096);
    while (!page.isEmpty()) {
        for (const Row &row : page) {
            QStringList cells;
            if (withId)
                cells << row.id;
            for (int column = 0; column < m_columns.size(); ++column)
                cells << cellData(row, column, Qt::DisplayRole).toString();
            if (!write(cells))
                return rows;
            ++rows;
        }
        if (rowDone && !rowDone(rows))
            return rows;
        if (page.size() < 4096)
            break;
        const QVector<QVariant> last = page.last().key;
        page.clear();
        for (const KeysetStep &step : keysetSteps(last, false)) {
            page += query(step.conditions, step.values, 4096 - int(page.size()), step.level);
            if (page.size() >= 4096)
                break;
        }
    }
    return rows;
}

void PagedQueryModel::onChanged(const Change &change)
{
    if (m_reloadPending)
        return;
    // A bulk change (an import, a sync) is cheaper to read again than row by row.
    if (++m_changesInBatch > 64) {
        m_reloadPending = true;
        return;
    }
    if (relatedEntities().contains(change.entity)) {
        m_reloadPending = true; // many rows may show the changed name: reload after the batch
        return;
    }
    if (change.entity != m_entity)
        return;
    m_totalCount = -1;

    const int loaded = rowOf(change.id);
    const std::optional<Row> row =
        change.type == Change::Type::Deleted ? std::nullopt : readRow(change.id);
    if (loaded >= 0 && row && row->key == m_rows.at(loaded).key) {
        m_rows[loaded] = *row; // same place in the order: an in-place update
        emit dataChanged(index(loaded, 0), index(loaded, columnCount() - 1));
        return;
    }
    if (loaded >= 0)
        removeLoadedRow(loaded);
    if (row)
        insertIfInLoadedRange(*row);
}

void PagedQueryModel::onBatchCommitted()
{
    m_changesInBatch = 0;
    if (m_reloadPending)
        refresh();
}

void PagedQueryModel::removeLoadedRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rowById.remove(m_rows.at(row).id);
    m_rows.remove(row);
    rebuildIndex(row);
    endRemoveRows();
}

void PagedQueryModel::insertIfInLoadedRange(const Row &row)
{
    const int position = positionFor(row.key, int(m_rows.size()));
    // Past the loaded rows while more remain: the next fetchMore() reads it in its place.
    if (position > m_rows.size() || (position == m_rows.size() && !m_allFetched))
        return;
    beginInsertRows({}, position, position);
    m_rows.insert(position, row);
    rebuildIndex(position);
    endInsertRows();
}

void PagedQueryModel::rebuildIndex(int fromRow)
{
    for (int i = fromRow; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}
