#include "model/lists/AgendaModel.h"

#include "model/domain/Clock.h"
#include "model/domain/EventTimes.h"
#include "model/domain/RecurrenceRule.h"
#include "model/storage/Database.h"

#include <QLocale>

namespace {

// Bucket rows carry this internal id; item rows carry their group's row.
constexpr quintptr bucketRow = ~quintptr(0);

} // namespace

AgendaModel::AgendaModel(Database &database, QObject *parent)
    : QAbstractItemModel(parent), m_database(database)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, &AgendaModel::onChanged);
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, this,
            &AgendaModel::onBatchCommitted);
    connect(&database.notifier(), &ChangeNotifier::externalChange, this, &AgendaModel::reload);
    reload();
}

void AgendaModel::setDay(const QDate &day)
{
    if (day == m_day)
        return;
    m_day = day;
    reload();
}

void AgendaModel::setEndedCampaigns(EndedCampaigns::Shown ended)
{
    if (ended == m_ended)
        return;
    m_ended = ended;
    reload();
}

void AgendaModel::setLimitPerBucket(int limit)
{
    m_limit = qMax(1, limit);
    reload();
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, bucketRow);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == bucketRow)
        return {};
    return createIndex(int(child.internalId()), 0, bucketRow);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == bucketRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).entries.size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == bucketRow) {
        const Agenda::Group &group = m_groups.at(index.row());
        if (role == BucketRole)
            return int(group.bucket);
        if (role == Qt::DisplayRole && index.column() == 0) {
            QString label = QStringLiteral("%1 (%2)").arg(agendaBucketLabel(group.bucket),
                                                          QLocale().toString(group.total));
            if (group.total > group.entries.size())
                label += tr(" — showing the first %1").arg(group.entries.size());
            return label;
        }
        return {};
    }
    const Agenda::Group &group = m_groups.at(int(index.internalId()));
    const Agenda::Entry &entry = group.entries.at(index.row());
    switch (role) {
    case IdRole:
        return entry.item.id;
    case BucketRole:
        return int(group.bucket);
    case PriorityRole:
        return entry.item.priority;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Due: {
            if (!entry.item.dueDate.isValid())
                return QString();
            QString due = entry.item.dueDate.toString(Qt::ISODate);
            if (const QTime starts = EventTimes::startOnDueDay(entry.item); starts.isValid())
                due += QLatin1Char(' ') + QLocale().toString(starts, QLocale::ShortFormat);
            if (!entry.item.recurrence.isEmpty()) // a repeating item: ↻
                due += QStringLiteral(" \u21bb");
            return due;
        }
        case Title:
            if (role == Qt::ToolTipRole && RecurrenceRule::isValid(entry.item.recurrence))
                return entry.item.title + QStringLiteral("\n") +
                       tr("Repeats %1")
                           .arg(RecurrenceRule::fromText(entry.item.recurrence).describe());
            if (role == Qt::ToolTipRole && !entry.item.notes.isEmpty())
                return entry.item.title + QStringLiteral("\n\n") + entry.item.notes;
            return entry.item.title;
        case Campaign:
            return entry.campaignName;
        case Owner:
            return entry.item.owner;
        }
        return {};
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Title:
        return tr("Action item");
    case Campaign:
        return tr("Campaign");
    case Owner:
        return tr("Owner");
    }
    return {};
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex AgendaModel::indexOf(const QString &id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const auto &entries = m_groups.at(g).entries;
        for (int row = 0; row < entries.size(); ++row) {
            if (entries.at(row).item.id == id)
                return index(row, 0, index(g, 0));
        }
    }
    return {};
}

void AgendaModel::reload()
{
    const QDate today = m_database.clock().today();
    beginResetModel();
    m_groups = m_day.isValid() ? Agenda::forDay(m_database, m_day, today, m_limit, m_ended)
                               : Agenda::build(m_database, today, -1, m_limit, m_ended);
    m_reloadPending = false;
    endResetModel();
}

void AgendaModel::onChanged(const Change &change)
{
    if (change.entity == EntityKind::ActionItem || change.entity == EntityKind::Campaign)
        m_reloadPending = true;
}

void AgendaModel::onBatchCommitted()
{
    if (m_reloadPending)
        reload();
}
