#include "model/lists/ActionItemTableModel.h"

#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemQuery.h"
#include "model/storage/Database.h"
#include "model/storage/FtsQuery.h"
#include "model/storage/schema/Schema.h"

namespace {

// Indexes of extraValues() in Row::values, after the seven columns.
enum Extra
{
    StatusWord = ActionItemTableModel::ColumnCount,
    PriorityWord,
    Notes,
    DueDate
};

} // namespace

ActionItemTableModel::ActionItemTableModel(Database &database, QObject *parent)
    : PagedQueryModel(database, EntityKind::ActionItem, parent)
{
    initialize(Due);
}

void ActionItemTableModel::setFilter(const ActionItemFilter &filter)
{
    if (filter == m_filter)
        return;
    if (filter.text != m_filter.text)
        m_textStrategy = ActionItemQuery::textStrategyFor(database().connection(), filter.text);
    m_filter = filter;
    reload();
}

QVector<PagedQueryModel::Column> ActionItemTableModel::columns() const
{
    const QString status = Schema::statusRank(alias());
    const QString priority = Schema::priorityRank(alias());
    const QString title = QStringLiteral("a.title COLLATE NOCASE");
    // Unset values sort after set ones: "x IS NULL" (or "x = ''") leads each key. Each
    // key matches an index of Schema (actions_by_*_key); campaign_sort and
    // organization_sort are the joined names, copied in by Schema's triggers.
    return {
        {fieldLabel(QStringLiteral("title")), QStringLiteral("a.title"), {title}},
        {fieldLabel(QStringLiteral("campaign_id")),
         QStringLiteral("coalesce(c.name, '')"),
         {QStringLiteral("a.campaign_sort IS NULL"),
          QStringLiteral("coalesce(a.campaign_sort, '') COLLATE NOCASE"), title}},
        {fieldLabel(QStringLiteral("organization_id")),
         QStringLiteral("coalesce(o.name, '')"),
         {QStringLiteral("a.organization_sort IS NULL"),
          QStringLiteral("coalesce(a.organization_sort, '') COLLATE NOCASE"), title}},
        {fieldLabel(QStringLiteral("owner")),
         QStringLiteral("a.owner"),
         {QStringLiteral("a.owner = ''"), QStringLiteral("a.owner COLLATE NOCASE"), title}},
        {tr("Due"),
         QStringLiteral("coalesce(a.due_date, '')"),
         {QStringLiteral("a.due_date IS NULL"), QStringLiteral("coalesce(a.due_date, '')"), title}},
        {fieldLabel(QStringLiteral("status")),
         QStringLiteral("a.status"),
         {status, QStringLiteral("coalesce(a.due_date, '9999')")}},
        {fieldLabel(QStringLiteral("priority")),
         QStringLiteral("a.priority"),
         {priority, QStringLiteral("coalesce(a.due_date, '9999')")}},
    };
}

QString ActionItemTableModel::fromClause() const
{
    return QStringLiteral("action_items a LEFT JOIN campaigns c ON c.id = a.campaign_id "
                          "LEFT JOIN organizations o ON o.id = a.organization_id");
}

QPair<QStringList, PagedQueryModel::Bindings> ActionItemTableModel::filterConditions() const
{
    const ActionItemQuery query(m_filter, alias(), m_textStrategy);
    return {query.conditions(), query.values()};
}

QString ActionItemTableModel::countFromClause() const
{
    // Counts need no joined names; with words, they walk the match list and stop at the
    // limit instead of gathering every match first.
    return FtsQuery::searchableWords(m_filter.text).isEmpty()
               ? QStringLiteral("action_items a")
               : ActionItemQuery::matchesJoin(alias());
}

QPair<QStringList, PagedQueryModel::Bindings> ActionItemTableModel::countConditions() const
{
    if (FtsQuery::searchableWords(m_filter.text).isEmpty())
        return filterConditions();
    const ActionItemQuery query(m_filter, alias(), ActionItemQuery::TextStrategy::JoinMatches);
    return {query.conditions(), query.values()};
}

QStringList ActionItemTableModel::extraValues() const
{
    return {QStringLiteral("a.status"), QStringLiteral("a.priority"), QStringLiteral("a.notes"),
            QStringLiteral("a.due_date")};
}

QSet<EntityKind> ActionItemTableModel::relatedEntities() const
{
    return {EntityKind::Campaign, EntityKind::Organization};
}

QVariant ActionItemTableModel::cellData(const Row &row, int column, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return row.values.at(StatusWord);
    case PriorityRole:
        return row.values.at(PriorityWord);
    case DueDateRole:
        return QDate::fromString(row.values.at(DueDate).toString(), Qt::ISODate);
    case Qt::ToolTipRole:
        if (column == Title) {
            const QString notes = row.values.at(Notes).toString();
            const QString title = row.values.at(Title).toString();
            return notes.isEmpty() ? title : title + QStringLiteral("\n\n") + notes;
        }
        return cellData(row, column, Qt::DisplayRole);
    case Qt::DisplayRole:
        if (column == Status)
            return Vocabulary::actionStatus().label(row.values.at(Status).toString());
        if (column == Priority)
            return Vocabulary::priority().label(row.values.at(Priority).toString());
        return row.values.at(column);
    default:
        return {};
    }
}
