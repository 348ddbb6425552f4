#pragma once

#include "model/interop/csv/CsvImport.h"

#include <QDialog>

class Database;
class ImportPreviewTable;
class QComboBox;
class QUndoStack;
class RecordChanges;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File > Import (Ctrl+I): a CSV file of contacts, organizations, action items, campaigns
// or partnerships. Choosing a file shows a preview before anything is written: the
// file's first rows under a pick list per column of what it imports as (set from the
// headers, changed by the person), how many records would be created, updated, left
// alone or skipped, the rows that match records already there, and every bad row by
// line. Import then runs it all or nothing, as one step of the window's undo. When no
// date of the file tells whether 03/04/2021 is day/month or month/day, it asks.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // With an undo stack the import is pushed on it as one step; without, written directly.
    ImportDialog(Database &database, EntityKind table, QWidget *parent = nullptr,
                 QUndoStack *undoStack = nullptr);

    void setFile(const QString &path);
    void setTable(EntityKind table);
    void setDateOrder(SpreadsheetDates::Order order);
    // The column's pick list set to field's CSV name ("" leaves the column out).
    void mapColumn(int column, const QString &field);
    // The dry run's result for the current choices (also shown in the dialog).
    CsvImport::Result preview();
    // Runs the import; true when it was written.
    bool importNow();
    QString summary() const;

private:
    void chooseFile();
    CsvImport::Result run(bool dryRun, RecordChanges *changes = nullptr);
    void showResult(const CsvImport::Result &result);

    Database &m_database;
    QUndoStack *m_undoStack;
    QLineEdit *m_path;
    QComboBox *m_table;
    QComboBox *m_onMatch;
    QLabel *m_dateOrderLabel;
    QComboBox *m_dateOrder; // shown when the file's dates do not tell day from month
    QFormLayout *m_form;
    ImportPreviewTable *m_preview;
    QLabel *m_counts;
    QLabel *m_matches; // rows that stand for records already there: likely duplicates
    QListWidget *m_problems;
    QPushButton *m_import;
};
