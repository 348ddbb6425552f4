#pragma once

#include "ContactTableModel.h"
#include "Page.h"

class ContactTableModel;
class Database;
class DetailView;
class QComboBox;
class QLineEdit;
class QTableView;
class RecordEditor;

// Every person with organization, role, email and phone; narrowed by organization or
// campaign; "Copy emails" puts the selected people's addresses on the clipboard, ready
// for a BCC line.
class ContactsPage : public Page
{
    Q_OBJECT

public:
    ContactsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Contacts"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    QString currentId() const override;
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override
    {
        return m_model->forEachRow(withId, write, progress);
    }
    int rowCountForExport() const override { return m_model->totalCount(); }

    // The selected people's emails joined for a BCC line; also put on the clipboard.
    QString copyEmails();
    void refreshChoices();

private:
    void applyFilter();
    void showDetail();

    Database &m_database;
    ContactTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_organization, *m_campaign;
    DetailView *m_detail;
};
