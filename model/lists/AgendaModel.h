#pragma once

#include "model/domain/Change.h"
#include "model/records/Agenda.h"

#include <QAbstractItemModel>

class Database;

// The Deadlines page's tree: one top-level row per bucket (Overdue, Today, This week,
// Next 30 days, Later, No date) with its open action items below. Read again after
// each committed change to action items or campaigns: items move between buckets.
class AgendaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Due,
        Title,
        Campaign,
        Owner,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // an item's id; empty on bucket rows
        BucketRole,                // int(AgendaBucket)
        PriorityRole,
    };

    AgendaModel(Database &database, QObject *parent = nullptr);

    // Only the items due on day (the calendar's choice); an invalid day shows all.
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    // At most this many items per bucket; the bucket row still counts them all.
    void setLimitPerBucket(int limit);
    // Items of ended campaigns too (View > Show ended campaigns); hidden by default.
    void setEndedCampaigns(EndedCampaigns::Shown ended);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QModelIndex indexOf(const QString &id) const;
    void reload();

private:
    void onChanged(const Change &change);
    void onBatchCommitted();

    Database &m_database;
    QDate m_day;
    int m_limit = 500;
    EndedCampaigns::Shown m_ended = EndedCampaigns::Shown::Hidden;
    QVector<Agenda::Group> m_groups;
    bool m_reloadPending = false;
};
