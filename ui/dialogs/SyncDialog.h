#pragma once

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTreeWidget;

// Sync log and conflicts: each sync's summary, and every conflict — the value kept and
// the other one, with who wrote each — where the user can keep the other value instead.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncDialog(Database &database, QWidget *parent = nullptr);

    void reload();
    // The chosen conflict: keep the other value, or leave it as it is.
    void keepOther();
    void leaveAsIs();

private:
    void updateButtons();

    QString currentConflict() const;

    Database &m_database;
    QTreeWidget *m_conflicts;
    QTreeWidget *m_log;
    QPushButton *m_keep;
    QPushButton *m_leave;
    QLabel *m_details;
};
