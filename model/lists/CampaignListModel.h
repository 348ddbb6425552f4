#pragma once

#include "model/domain/Campaign.h"
#include "model/domain/Change.h"
#include "model/records/CampaignRepository.h"

#include <QAbstractTableModel>

class Database;

// The Campaigns list. A coalition runs tens of campaigns, not millions, so they live
// in memory; the list is read again after each committed change that can touch it.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        IssueArea,
        Dates,
        Partners,
        Progress,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole,   // canonical word
        ProgressRole, // done / total as a number from 0 to 1; -1 without items
    };

    explicit CampaignListModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Campaign &campaignAt(int row) const { return m_campaigns.at(row); }
    int rowOf(const QString &id) const;
    void reload();
    // Ended campaigns (won, lost, closed) are left out unless shown; alsoShown is listed
    // whatever its status (the campaign a search opened).
    void setEndedShown(bool shown);
    void setAlsoShown(const QString &id);

private:
    void onChanged(const Change &change);
    void onBatchCommitted();

    Database &m_database;
    QVector<Campaign> m_campaigns;
    QHash<QString, CampaignRepository::Progress> m_progress;
    bool m_reloadPending = false;
    bool m_endedShown = false;
    QString m_alsoShown;
};
