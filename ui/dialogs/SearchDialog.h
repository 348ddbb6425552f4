#pragma once

#include "model/domain/EntityKind.h"

#include <QDialog>

class Database;
class QLineEdit;
class QTreeWidget;

// The global search (Ctrl+F): words and prefixes over campaigns, organizations,
// contacts and action items at once, results grouped by kind; Enter or a double
// click opens the chosen record on its page.
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    SearchDialog(Database &database, QWidget *parent = nullptr);

signals:
    void openRecordRequested(EntityKind kind, const QString &id);

private:
    void search();
    void openCurrent();

    Database &m_database;
    QLineEdit *m_field;
    QTreeWidget *m_results;
};
