#include "ActionItemTableModel.h"

#include "ActionItemQuery.h"
#include "Database.h"
#include "Statement.h"
#include "Vocabulary.h"

namespace {

// SQL sort keys per column; unset values last, seq as the stable tie-breaker.
QString orderBy(int column, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    auto text = [&](const char *expr) {
        return QStringLiteral("(%1 IS NULL OR %1 = '') ASC, %1 COLLATE NOCASE %2")
            .arg(QLatin1String(expr), dir);
    };
    QString key;
    switch (column) {
    case ActionItemTableModel::Title:
        key = QStringLiteral("a.title COLLATE NOCASE %1").arg(dir);
        break;
    case ActionItemTableModel::Campaign:
        key = text("c.name");
        break;
    case ActionItemTableModel::Organization:
        key = text("o.name");
        break;
    case ActionItemTableModel::Owner:
        key = text("a.owner");
        break;
    case ActionItemTableModel::Status:
        key = QStringLiteral("CASE a.status WHEN 'doing' THEN 0 WHEN 'todo' THEN 1 WHEN 'done' "
                             "THEN 2 ELSE 3 END %1")
                  .arg(dir);
        break;
    case ActionItemTableModel::Priority:
        key = QStringLiteral("CASE a.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN "
                             "'normal' THEN 2 ELSE 3 END %1")
                  .arg(dir);
        break;
    case ActionItemTableModel::Due:
    default:
        key = QStringLiteral("a.due_date IS NULL ASC, a.due_date %1, a.title COLLATE NOCASE %1")
                  .arg(dir);
        break;
    }
    return QStringLiteral("ORDER BY %1, a.seq %2").arg(key, dir);
}

} // namespace

ActionItemTableModel::ActionItemTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, &ActionItemTableModel::onChanged);
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, this,
            &ActionItemTableModel::onBatchCommitted);
}

int ActionItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return row.status;
    case PriorityRole:
        return row.priority;
    case DueDateRole:
        return row.due;
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return row.notes.isEmpty() ? row.title : row.title + QStringLiteral("\n\n") + row.notes;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return row.title;
        case Campaign:
            return row.campaign;
        case Organization:
            return row.organization;
        case Owner:
            return row.owner;
        case Due:
            return row.due.isValid() ? row.due.toString(Qt::ISODate) : QString();
        case Status:
            return Vocabulary::actionStatus().label(row.status);
        case Priority:
            return Vocabulary::priority().label(row.priority);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActionItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Campaign:
        return tr("Campaign");
    case Organization:
        return tr("Organization");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    }
    return {};
}

bool ActionItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allFetched;
}

void ActionItemTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_allFetched)
        return;
    const QVector<Row> page = queryRows(m_pageSize, int(m_rows.size()));
    m_allFetched = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const Row &row : page) {
        m_rowById.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void ActionItemTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void ActionItemTableModel::setFilter(const ActionItemFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

int ActionItemTableModel::totalCount() const
{
    const ActionItemQuery query(m_filter, QStringLiteral("a"));
    Statement count(m_database.connection(),
                    QStringLiteral("SELECT count(*) FROM action_items a ") + query.whereClause());
    for (const auto &value : query.values())
        count.bind(value.first, value.second);
    return count.scalar().toInt();
}

void ActionItemTableModel::reload()
{
    // Keep as many rows as the view had loaded, so a reload does not jump the scroll.
    const int keep = qMax(m_pageSize, int(m_rows.size()));
    beginResetModel();
    m_rows = queryRows(keep, 0);
    m_allFetched = m_rows.size() < keep;
    rebuildIndex();
    m_reloadPending = false;
    endResetModel();
}

QVector<ActionItemTableModel::Row> ActionItemTableModel::queryRows(int limit, int offset,
                                                                   const QString &onlyId) const
{
    ActionItemQuery query(m_filter, QStringLiteral("a"));
    QStringList conditions = query.conditions();
    if (!onlyId.isEmpty())
        conditions << QStringLiteral("a.id = :only_id");
    QString sql = QStringLiteral(
        "SELECT a.id, a.title, c.name, o.name, a.owner, a.due_date, a.status, a.priority, a.notes "
        "FROM action_items a LEFT JOIN campaigns c ON c.id = a.campaign_id "
        "LEFT JOIN organizations o ON o.id = a.organization_id ");
    if (!conditions.isEmpty())
        sql +=
            QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    sql += orderBy(m_sortColumn, m_sortOrder) + QStringLiteral(" LIMIT :limit OFFSET :offset");

    Statement statement(m_database.connection(), sql);
    for (const auto &value : query.values())
        statement.bind(value.first, value.second);
    if (!onlyId.isEmpty())
        statement.bind(QStringLiteral(":only_id"), onlyId);
    statement.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();

    QVector<Row> rows;
    while (statement.next()) {
        rows.append({statement.text(0), statement.text(1), statement.text(2), statement.text(3),
                     statement.text(4), statement.text(6), statement.text(7), statement.text(8),
                     QDate::fromString(statement.text(5), Qt::ISODate)});
    }
    return rows;
}

void ActionItemTableModel::onChanged(const Change &change)
{
    if (m_reloadPending)
        return;
    // An edit that cannot move the row (no filter, sort key untouched) updates it in
    // place; anything that can add, remove or reorder rows reloads after the batch.
    if (change.entity == EntityKind::ActionItem && change.type == Change::Type::Updated) {
        const int row = m_rowById.value(change.id, -1);
        static const QSet<QString> sortKeys = {QStringLiteral("title"),
                                               QStringLiteral("due_date"),
                                               QStringLiteral("status"),
                                               QStringLiteral("priority"),
                                               QStringLiteral("owner"),
                                               QStringLiteral("campaign_id"),
                                               QStringLiteral("organization_id"),
                                               QStringLiteral("notes"),
                                               QStringLiteral("tags"),
                                               QStringLiteral("location")};
        const bool filtered = m_filter != ActionItemFilter();
        const bool mayMove = filtered || change.fields.intersects(sortKeys);
        if (row < 0 && !filtered)
            return; // not loaded yet; it will be read fresh when fetched
        if (row >= 0 && !mayMove) {
            const QVector<Row> fresh = queryRows(1, 0, change.id);
            if (fresh.size() == 1) {
                m_rows[row] = fresh.first();
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                return;
            }
        }
        m_reloadPending = true;
        return;
    }
    if (change.entity == EntityKind::ActionItem || change.entity == EntityKind::Campaign ||
        change.entity == EntityKind::Organization)
        m_reloadPending = true;
}

void ActionItemTableModel::onBatchCommitted()
{
    if (m_reloadPending)
        reload();
}

void ActionItemTableModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, i);
}
