#pragma once

#include "model/lists/ActionItemTableModel.h"
#include "ui/pages/PagedListPage.h"

class Database;
class DateField;
class DetailView;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QPushButton;
class QTableView;
class RecordEditor;

// Every action item, filtered by campaign, status, owner, due range and words, sorted
// by any column, with a quick-add line and one-key "mark done" (Space or Ctrl+D).
class ActionItemsPage : public PagedListPage
{
    Q_OBJECT

public:
    ActionItemsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Action items"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    void setEndedCampaignsShown(bool shown) override;
    QString currentId() const override;
    ActionItemFilter actionItemFilter() const override { return m_model->filter(); }

    void toggleDoneOnCurrent();
    void refreshChoices();
    void refreshCampaigns();
    ActionItemTableModel *model() const { return m_model; }

protected:
    const PagedQueryModel *listModel() const override { return m_model; }
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLayout *createFilters();
    // From and To under the filters, shown while "Between dates…" is chosen.
    QWidget *createDueRange();
    void createTable();
    QWidget *createFooter(); // quick add and Mark done
    void applyFilter();
    void showDetail();
    void quickAdd();

    Database &m_database;
    ActionItemTableModel *m_model;
    QTableView *m_table;
    DetailView *m_detail;
    QLineEdit *m_search, *m_quickAdd;
    QPushButton *m_skip;
    QComboBox *m_campaign, *m_status, *m_owner, *m_due;
    QWidget *m_dueRange;
    DateField *m_dueFrom, *m_dueTo;
    bool m_endedShown = false;
    bool m_campaignsStale = false;
};
