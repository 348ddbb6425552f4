#include "model/lists/CampaignListModel.h"

#include "model/domain/CampaignRules.h"
#include "model/domain/Vocabulary.h"
#include "model/storage/Database.h"

#include <QLocale>

CampaignListModel::CampaignListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent), m_database(database)
{
    connect(&database.notifier(), &ChangeNotifier::changed, this, &CampaignListModel::onChanged);
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, this,
            &CampaignListModel::onBatchCommitted);
    connect(&database.notifier(), &ChangeNotifier::externalChange, this,
            &CampaignListModel::reload);
    reload();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &campaign = m_campaigns.at(index.row());
    const CampaignRepository::Progress progress = m_progress.value(campaign.id);
    switch (role) {
    case IdRole:
        return campaign.id;
    case StatusRole:
        return campaign.status;
    case ProgressRole:
        return progress.total > 0 ? double(progress.done) / progress.total : -1.0;
    case Qt::TextAlignmentRole:
        if (index.column() == Partners || index.column() == Progress)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return campaign.goal.isEmpty() ? campaign.name
                                           : campaign.name + QLatin1Char('\n') + campaign.goal;
        if (index.column() == Progress)
            return tr("%1 of %n action item(s) done", nullptr, progress.total).arg(progress.done);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return campaign.name;
        case Status:
            return Vocabulary::campaignStatus().label(campaign.status);
        case IssueArea:
            return campaign.issueArea;
        case Dates: {
            const QString start = campaign.startDate.toString(Qt::ISODate);
            const QString end = campaign.endDate.toString(Qt::ISODate);
            if (start.isEmpty() && end.isEmpty())
                return QString();
            return QStringLiteral("%1 – %2").arg(start, end).trimmed();
        }
        case Partners:
            return progress.partners;
        case Progress:
            return progress.total > 0
                       ? QStringLiteral("%1 / %2").arg(progress.done).arg(progress.total)
                       : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Campaign");
    case Status:
        return tr("Status");
    case IssueArea:
        return tr("Issue area");
    case Dates:
        return tr("Dates");
    case Partners:
        return tr("Partners");
    case Progress:
        return tr("Done");
    }
    return {};
}

int CampaignListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == id)
            return row;
    }
    return -1;
}

void CampaignListModel::setEndedShown(bool shown)
{
    if (shown == m_endedShown)
        return;
    m_endedShown = shown;
    reload();
}

void CampaignListModel::setAlsoShown(const QString &id)
{
    if (id == m_alsoShown)
        return;
    m_alsoShown = id;
    reload();
}

void CampaignListModel::reload()
{
    CampaignRepository repository(m_database);
    QVector<Campaign> campaigns;
    for (const Campaign &campaign : repository.list()) {
        if (m_endedShown || !CampaignRules::isEnded(campaign.status) || campaign.id == m_alsoShown)
            campaigns << campaign;
    }
    m_progress = repository.progress();
    m_reloadPending = false;

    bool sameRows = campaigns.size() == m_campaigns.size();
    for (int i = 0; sameRows && i < campaigns.size(); ++i)
        sameRows = campaigns.at(i).id == m_campaigns.at(i).id;
    if (sameRows) {
        // Same campaigns in the same order: only values changed.
        m_campaigns = campaigns;
        if (!m_campaigns.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_campaigns = campaigns;
    endResetModel();
}

void CampaignListModel::onChanged(const Change &change)
{
    if (change.entity == EntityKind::Campaign || change.entity == EntityKind::CampaignPartner ||
        change.entity == EntityKind::ActionItem)
        m_reloadPending = true;
}

void CampaignListModel::onBatchCommitted()
{
    if (m_reloadPending)
        reload();
}
