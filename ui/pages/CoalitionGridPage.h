#pragma once

#include "ui/pages/Page.h"

class CoalitionGridModel;
class Database;
class DetailView;
class QComboBox;
class QLineEdit;
class QTableView;
class RecordEditor;

// Who is doing what across the coalition's campaigns: organizations down, campaigns
// across, each cell the organization's role and its open action items there. Enter (or
// a double click) on a cell adds or changes the partnership, Delete removes it; the
// detail pane shows the organization of the chosen row. Filters: organization name,
// kind and tag, campaign status. Export writes the grid as shown.
class CoalitionGridPage : public Page
{
    Q_OBJECT

public:
    CoalitionGridPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Coalition grid"); }
    // Adds a partnership at the chosen cell (or changes the one there); with no
    // organization or no campaign yet, adds that first.
    void newRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    bool canMerge() const override { return false; } // a cell is a partnership
    // An organization (a search result) or a partnership: its row, and its cell.
    void showRecord(const QString &id) override;
    // The chosen cell's partnership, or "".
    QString currentId() const override;
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override;
    int rowCountForExport() const override;
    void setEndedCampaignsShown(bool shown) override;

    CoalitionGridModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLayout *createFilters();
    void applyFilter();
    void showDetail();

    Database &m_database;
    CoalitionGridModel *m_model;
    QTableView *m_table;
    DetailView *m_detail;
    QLineEdit *m_search, *m_tag;
    QComboBox *m_kind, *m_status;
    bool m_endedShown = false;
};
