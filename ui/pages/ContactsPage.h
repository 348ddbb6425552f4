#pragma once

#include "model/lists/ContactTableModel.h"
#include "ui/pages/PagedListPage.h"

class Database;
class DetailView;
class QComboBox;
class QLineEdit;
class QTableView;
class RecordEditor;

// Every person with organization, role, email and phone; narrowed by organization or
// campaign; "Copy emails" puts the selected people's addresses on the clipboard, ready
// for a BCC line.
class ContactsPage : public PagedListPage
{
    Q_OBJECT

public:
    ContactsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Contacts"); }
    void newRecord() override;
    void showRecord(const QString &id) override;
    QString currentId() const override;
    // Asks which columns to print first; the phone number is left out unless chosen.
    std::optional<Printout> printout(QWidget *dialogParent) override;

    // The selected people's emails joined for a BCC line; also put on the clipboard.
    QString copyEmails();
    void refreshChoices();

protected:
    const PagedQueryModel *listModel() const override { return m_model; }

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
