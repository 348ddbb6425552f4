#pragma once

#include "model/domain/Change.h"
#include "model/records/CoalitionGrid.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

// Who does what across the coalition: organizations as rows, campaigns as columns, each
// cell the organization's role in the campaign and its open action items there ("Lead ·
// 2 open"). The headings are read whole (ids and names); the cells a block of rows at a
// time, when a view first asks for one of its rows, so only what is on screen is read.
class CoalitionGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        PartnerIdRole = Qt::UserRole + 1, // "" for no partnership
        RoleWordRole,                     // the role's canonical word, "" for none
        OpenItemsRole,
        OrganizationIdRole,
        CampaignIdRole,
    };
    static constexpr int blockRows = 64;

    explicit CoalitionGridModel(Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setFilter(const CoalitionGrid::Filter &filter);
    const CoalitionGrid::Filter &filter() const { return m_filter; }
    const CoalitionGrid::Heading &organizationAt(int row) const { return m_organizations.at(row); }
    const CoalitionGrid::Heading &campaignAt(int column) const { return m_campaigns.at(column); }
    // The cell, read with its block if need be.
    CoalitionGrid::Cell cellAt(int row, int column) const;
    // How many blocks of rows have been read since the last reload: for tests that check
    // only the visible part is read.
    int blocksRead() const { return m_blocksRead; }
    void reload();

private:
    void onChanged(const Change &change);
    void onBatchCommitted();
    const QHash<CoalitionGrid::CellKey, CoalitionGrid::Cell> &block(int row) const;

    Database &m_database;
    CoalitionGrid::Filter m_filter;
    QVector<CoalitionGrid::Heading> m_organizations;
    QVector<CoalitionGrid::Heading> m_campaigns;
    mutable QHash<int, QHash<CoalitionGrid::CellKey, CoalitionGrid::Cell>> m_blocks;
    mutable int m_blocksRead = 0;
    bool m_headingsStale = false;
    bool m_cellsStale = false;
};
