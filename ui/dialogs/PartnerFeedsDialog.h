#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Edit > Partner feeds (and the Inbox's button): the RSS or Atom addresses of partners' news the
// team watches, each under the organization that publishes it, and whether this laptop reads them
// every hour. Coalition fetches these addresses and no other; the list is shared with the team
// through the sync, the hourly reading is this laptop's own choice.
class PartnerFeedsDialog : public QDialog
{
    Q_OBJECT

public:
    PartnerFeedsDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    void add();
    void removeChosen();

    Database &m_database;
    QTableWidget *m_table;
    QComboBox *m_organization;
    QLineEdit *m_address;
    QLabel *m_problem;
    QPushButton *m_remove;
    QCheckBox *m_hourly;
};
