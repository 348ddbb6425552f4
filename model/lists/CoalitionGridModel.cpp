#include "model/lists/CoalitionGridModel.h"

#include "model/domain/Vocabulary.h"
#include "model/storage/Database.h"

CoalitionGridModel::CoalitionGridModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, &CoalitionGridModel::onChanged);
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, this,
            &CoalitionGridModel::onBatchCommitted);
    connect(&database.notifier(), &ChangeNotifier::externalChange, this,
            &CoalitionGridModel::reload);
    reload();
}

int CoalitionGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int CoalitionGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

const QHash<CoalitionGrid::CellKey, CoalitionGrid::Cell> &CoalitionGridModel::block(int row) const
{
    const int number = row / blockRows;
    auto found = m_blocks.find(number);
    if (found == m_blocks.end()) {
        QStringList ids;
        const int last = qMin(int(m_organizations.size()), (number + 1) * blockRows);
        for (int r = number * blockRows; r < last; ++r)
            ids << m_organizations.at(r).id;
        found = m_blocks.insert(number, CoalitionGrid::cells(m_database, ids));
        ++m_blocksRead;
    }
    return *found;
}

CoalitionGrid::Cell CoalitionGridModel::cellAt(int row, int column) const
{
    return block(row).value({m_organizations.at(row).id, m_campaigns.at(column).id});
}

QVariant CoalitionGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case OrganizationIdRole:
        return m_organizations.at(index.row()).id;
    case CampaignIdRole:
        return m_campaigns.at(index.column()).id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case PartnerIdRole:
    case RoleWordRole:
    case OpenItemsRole:
        break;
    default:
        return {};
    }
    const CoalitionGrid::Cell cell = cellAt(index.row(), index.column());
    switch (role) {
    case PartnerIdRole:
        return cell.partnerId;
    case RoleWordRole:
        return cell.role;
    case OpenItemsRole:
        return cell.openItems;
    case Qt::DisplayRole: {
        QString text = cell.role.isEmpty() ? QString() : Vocabulary::partnerRole().label(cell.role);
        if (cell.openItems > 0) {
            const QString open = tr("%n open", nullptr, cell.openItems);
            text = text.isEmpty() ? open : text + QStringLiteral(" · ") + open;
        }
        return text;
    }
    default: { // the tooltip and what a screen reader says, in a sentence
        const QString organization = m_organizations.at(index.row()).name;
        const QString campaign = m_campaigns.at(index.column()).name;
        QString text =
            cell.role.isEmpty()
                ? tr("%1 is not a partner of %2").arg(organization, campaign)
                : tr("%1: %2 of %3")
                      .arg(organization, Vocabulary::partnerRole().label(cell.role), campaign);
        if (cell.openItems > 0)
            text += QStringLiteral("; ") + tr("%n open action item(s)", nullptr, cell.openItems);
        return text;
    }
    }
}

QVariant CoalitionGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_campaigns.size() ? m_campaigns.at(section).name : QVariant();
    return section < m_organizations.size() ? m_organizations.at(section).name : QVariant();
}

void CoalitionGridModel::setFilter(const CoalitionGrid::Filter &filter)
{
    m_filter = filter;
    reload();
}

void CoalitionGridModel::reload()
{
    beginResetModel();
    m_organizations = CoalitionGrid::organizations(m_database, m_filter);
    m_campaigns = CoalitionGrid::campaigns(m_database, m_filter);
    m_blocks.clear();
    m_blocksRead = 0;
    m_headingsStale = m_cellsStale = false;
    endResetModel();
}

void CoalitionGridModel::onChanged(const Change &change)
{
    switch (change.entity) {
    case EntityKind::Organization:
    case EntityKind::Campaign:
        m_headingsStale = true;
        break;
    case EntityKind::CampaignPartner:
    case EntityKind::ActionItem:
        m_cellsStale = true;
        break;
    default:
        break;
    }
}

void CoalitionGridModel::onBatchCommitted()
{
    if (m_headingsStale) {
        reload();
    } else if (m_cellsStale) {
        // Same rows and columns: the cells are read again as the view asks.
        m_cellsStale = false;
        m_blocks.clear();
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}
