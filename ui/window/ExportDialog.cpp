#include "ui/window/ExportDialog.h"

#include "model/storage/WholeFile.h"

#include "model/domain/CoalitionError.h"
#include "model/interop/calendar/AddressBookExport.h"
#include "model/interop/calendar/CalendarExport.h"
#include "model/interop/csv/CsvWriter.h"
#include "ui/pages/Page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

ExportDialog::ExportDialog(Database &database, const Page &page, QWidget *parent)
    : QDialog(parent), m_database(database), m_page(page)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("%1 as shown, for spreadsheets (CSV)").arg(page.title()));
    m_format->addItem(tr("Deadlines, for calendar apps (iCalendar .ics)"));
    m_format->addItem(tr("Contacts, for address books (vCard .vcf)"));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon (spreadsheets set to a European language)"),
                         QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_bom = new QCheckBox(tr("Mark the file as &UTF-8 (Excel needs this for accents)"), this);
    m_bom->setChecked(true);
    m_inert =
        new QCheckBox(tr("Make &formulas inert (safe to open; turn off only for re-import)"), this);
    m_inert->setChecked(true);
    m_withId = new QCheckBox(tr("Include the record &id (needed to import edits back)"), this);
    m_withId->setChecked(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&What:"), m_format);
    form->addRow(tr("&Separator:"), m_delimiter);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_inert);
    form->addRow(QString(), m_withId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    form->addRow(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool csv = format() == PageCsv;
        for (QWidget *option : {static_cast<QWidget *>(m_delimiter), static_cast<QWidget *>(m_bom),
                                static_cast<QWidget *>(m_inert), static_cast<QWidget *>(m_withId)})
            option->setEnabled(csv);
    });
    setMinimumWidth(520);
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(format);
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentIndex());
}

void ExportDialog::accept()
{
    static const QString filters[] = {tr("CSV files (*.csv)"), tr("iCalendar files (*.ics)"),
                                      tr("vCard files (*.vcf)")};
    static const QString suffixes[] = {QStringLiteral(".csv"), QStringLiteral(".ics"),
                                       QStringLiteral(".vcf")};
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export to"), QString(), filters[format()]);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffixes[format()], Qt::CaseInsensitive))
        path += suffixes[format()];
    if (exportTo(path))
        QDialog::accept();
}

bool ExportDialog::exportTo(const QString &path)
{
    try {
        // As the terminal's export: written whole or not at all, a full disk said plainly.
        m_cancelled = false;
        const auto write = [this](QIODevice &file) {
            if (format() == PageCsv)
                return writeCsv(file);
            // The calendar has the deadlines the page lists: its filter, when it has one.
            const QByteArray bytes =
                format() == DeadlinesIcs
                    ? CalendarExport::actionItems(m_database, m_page.actionItemFilter())
                    : AddressBookExport::contacts(m_database);
            return file.write(bytes) == bytes.size();
        };
        return WholeFile::write(path, write, WholeFile::Mode::Replace,
                                [this] { return m_cancelled; });
    } catch (const CoalitionError &error) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Could not export to %1: %2").arg(path, error.message()));
        return false;
    }
}

bool ExportDialog::writeCsv(QIODevice &file)
{
    CsvWriter::Options options;
    options.delimiter = m_delimiter->currentData().toString().front();
    options.byteOrderMark = m_bom->isChecked();
    options.neutralizeFormulas = m_inert->isChecked();
    CsvWriter writer(file, options);

    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, qMax(1, m_page.rowCountForExport()),
                             parentWidget());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // small exports finish before it would show
    bool failed = false;
    m_page.writeRows(
        m_withId->isChecked(),
        [&](const QStringList &cells) {
            failed = !writer.writeRow(cells);
            return !failed;
        },
        [&](int rows) {
            progress.setValue(qMin(rows, progress.maximum()));
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    if (failed)
        return false; // WholeFile says why, a full disk plainly
    m_cancelled = progress.wasCanceled();
    return !m_cancelled;
}
