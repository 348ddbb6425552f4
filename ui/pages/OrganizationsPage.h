#pragma once

#include "model/lists/OrganizationTableModel.h"
#include "ui/pages/PagedListPage.h"

class Database;
class DetailView;
class QLineEdit;
class QTableView;
class RecordEditor;

// The partner organizations with acronym, kind, region and counts; the detail pane
// has working website, email and phone links, the people, campaigns and open items.
class OrganizationsPage : public PagedListPage
{
    Q_OBJECT

public:
    OrganizationsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Organizations"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    QString currentId() const override;

protected:
    const PagedQueryModel *listModel() const override { return m_model; }

private:
    void showDetail();

    Database &m_database;
    OrganizationTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    DetailView *m_detail;
};
