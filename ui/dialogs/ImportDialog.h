#pragma once

#include "model/interop/csv/CsvImport.h"

#include <QDialog>

class Database;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File > Import (Ctrl+I): a CSV file of contacts, organizations or action items. Choosing
// a file shows a preview — how columns map to fields, how many records would be created,
// updated, left alone or skipped, and every bad row by line — before anything is
// written; Import then runs it all or nothing. When no date of the file tells whether
// 03/04/2021 is day/month or month/day, it asks.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database &database, EntityKind table, QWidget *parent = nullptr);

    void setFile(const QString &path);
    void setTable(EntityKind table);
    void setDateOrder(SpreadsheetDates::Order order);
    // The dry run's result for the current choices (also shown in the dialog).
    CsvImport::Result preview();
    // Runs the import; true when it was written.
    bool importNow();
    QString summary() const;

private:
    void chooseFile();
    CsvImport::Result run(bool dryRun);
    void showResult(const CsvImport::Result &result);

    Database &m_database;
    QLineEdit *m_path;
    QComboBox *m_table;
    QComboBox *m_onMatch;
    QLabel *m_dateOrderLabel;
    QComboBox *m_dateOrder; // shown when the file's dates do not tell day from month
    QFormLayout *m_form;
    QLabel *m_mapping;
    QLabel *m_counts;
    QLabel *m_matches; // rows that stand for records already there: likely duplicates
    QListWidget *m_problems;
    QPushButton *m_import;
};
