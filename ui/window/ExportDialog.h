#pragma once

#include <QDialog>

class Database;
class Page;
class QCheckBox;
class QComboBox;

// File > Export (Ctrl+E): the current page as CSV — its filter, sort and columns —
// or the deadlines as iCalendar, or the contacts as vCard. Large exports show progress
// and can be cancelled; the file appears only when complete (WholeFile).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Format
    {
        PageCsv,
        DeadlinesIcs,
        ContactsVcf
    };

    ExportDialog(Database &database, const Page &page, QWidget *parent = nullptr);

    void setFormat(Format format);
    // Writes the chosen export to path; false (after saying why) when it failed or was
    // cancelled, leaving no file. The dialog's Export button asks for the path first.
    bool exportTo(const QString &path);

protected:
    void accept() override;

private:
    Format format() const;
    // false when a write failed or the person cancelled (m_cancelled says which).
    bool writeCsv(class QIODevice &file);
    bool m_cancelled = false;

    Database &m_database;
    const Page &m_page;
    QComboBox *m_format;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QCheckBox *m_inert;
    QCheckBox *m_withId;
};
