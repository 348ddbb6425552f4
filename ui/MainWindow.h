#pragma once

#include <QMainWindow>

class ActionItemTableModel;
class Database;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

// The first window: the action items of the open database in a sortable, searchable
// table. The UI issue grows it into the full app (pages, editing, undo).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

    // Renders the window as it is now into a PNG; false when the file cannot be written.
    bool saveScreenshot(const QString &path);

private:
    void createMenus();
    void applyFilter();
    void updateStatus();

    Database &m_database;
    ActionItemTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_showFinished = nullptr;
    QLabel *m_count = nullptr;
};
