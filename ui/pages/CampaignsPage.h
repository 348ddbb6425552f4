#pragma once

#include "ui/pages/Page.h"

class CampaignListModel;
class Database;
class DetailView;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class RecordEditor;

// The campaigns with status, issue area, dates, partner count and progress; the
// detail pane shows the goal, target, links, partners (add, change, remove) and the
// campaign's action items.
class CampaignsPage : public Page
{
    Q_OBJECT

public:
    CampaignsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Campaigns"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    void setEndedCampaignsShown(bool shown) override;
    QString currentId() const override;
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override;
    int rowCountForExport() const override;

private:
    QLayout *filters();
    // The campaign's details, its partners and its action items, with their buttons.
    QWidget *createRightPane();
    void showDetail();
    QString currentPartnerId() const;

    Database &m_database;
    CampaignListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
    DetailView *m_detail;
    QTreeWidget *m_partners;
    QTreeWidget *m_actions;
};
