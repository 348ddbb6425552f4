#pragma once

#include "ActionItemTableModel.h"
#include "Page.h"

class ActionItemTableModel;
class Database;
class DetailView;
class QComboBox;
class QLineEdit;
class QTableView;
class RecordEditor;

// Every action item, filtered by campaign, status, owner, due range and words, sorted
// by any column, with a quick-add line and one-key "mark done" (Space or Ctrl+D).
class ActionItemsPage : public Page
{
    Q_OBJECT

public:
    ActionItemsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Action items"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    QString currentId() const override;
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override
    {
        return m_model->forEachRow(withId, write, progress);
    }
    int rowCountForExport() const override { return m_model->totalCount(); }

    void toggleDoneOnCurrent();
    void refreshChoices();
    ActionItemTableModel *model() const { return m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showDetail();
    void quickAdd();

    Database &m_database;
    ActionItemTableModel *m_model;
    QTableView *m_table;
    DetailView *m_detail;
    QLineEdit *m_search, *m_quickAdd;
    QComboBox *m_campaign, *m_status, *m_owner, *m_due;
};
