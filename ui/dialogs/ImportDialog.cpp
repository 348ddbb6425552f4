#include "ui/dialogs/ImportDialog.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/Database.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ImportPreviewTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

ImportDialog::ImportDialog(Database &database, EntityKind table, QWidget *parent,
                           QUndoStack *undoStack)
    : QDialog(parent), m_database(database), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a spreadsheet"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose file…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_table = new QComboBox(this);
    m_table->addItem(tr("Contacts"), int(EntityKind::Contact));
    m_table->addItem(tr("Organizations"), int(EntityKind::Organization));
    m_table->addItem(tr("Action items"), int(EntityKind::ActionItem));
    m_table->addItem(tr("Campaigns"), int(EntityKind::Campaign));
    m_table->addItem(tr("Partnerships (campaign, organization, role)"),
                     int(EntityKind::CampaignPartner));
    m_onMatch = new QComboBox(this);
    m_onMatch->setToolTip(tr("Rows without a Coalition id are matched to existing records by "
                             "email, phone number or website"));
    m_onMatch->addItem(tr("Update the existing record (fill in what is new)"),
                       int(CsvImport::OnMatch::Update));
    m_onMatch->addItem(tr("Skip the row"), int(CsvImport::OnMatch::Skip));
    m_onMatch->addItem(tr("Add it as a new record"), int(CsvImport::OnMatch::Create));
    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("importDateOrder"));
    m_dateOrder->addItem(tr("Choose…"), int(SpreadsheetDates::Order::Unknown));
    m_dateOrder->addItem(tr("Day first (day/month/year)"), int(SpreadsheetDates::Order::DayFirst));
    m_dateOrder->addItem(tr("Month first (month/day/year)"),
                         int(SpreadsheetDates::Order::MonthFirst));
    m_dateOrderLabel = new QLabel(tr("&Dates:"), this);
    m_dateOrderLabel->setBuddy(m_dateOrder);
    m_preview = new ImportPreviewTable(this);
    m_preview->setMinimumHeight(240);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("importMatches"));
    m_matches->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(140);

    auto *form = m_form = new QFormLayout(this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(browse);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Records:"), m_table);
    form->addRow(tr("When a row &matches:"), m_onMatch);
    form->addRow(m_dateOrderLabel, m_dateOrder);
    form->setRowVisible(m_dateOrder, false);
    auto *previewLabel = new QLabel(tr("The file's first rows; choose what each &column "
                                       "imports as:"),
                                    this);
    previewLabel->setBuddy(m_preview);
    form->addRow(previewLabel);
    form->addRow(m_preview);
    form->addRow(tr("Preview:"), m_counts);
    form->addRow(tr("Already there:"), m_matches);
    form->addRow(tr("Problems:"), m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importNow"));
    m_import->setEnabled(false);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_onMatch, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ImportDialog::preview);
    // Queued: the preview rebuilds the pick list whose change is being reported.
    connect(m_preview, &ImportPreviewTable::mappingChanged, this, &ImportDialog::preview,
            Qt::QueuedConnection);
    setTable(table);
    resize(860, 640);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_preview->clearChoices();
    preview();
}

void ImportDialog::setTable(EntityKind table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

void ImportDialog::setDateOrder(SpreadsheetDates::Order order)
{
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(int(order)));
}

void ImportDialog::mapColumn(int column, const QString &field)
{
    m_preview->choose(column, field);
    QCoreApplication::sendPostedEvents(this); // the queued preview, now
}

CsvImport::Result ImportDialog::preview()
{
    const CsvImport::Result result = run(true);
    showResult(result);
    return result;
}

bool ImportDialog::importNow()
{
    if (!m_undoStack) {
        const CsvImport::Result result = run(false);
        showResult(result);
        return result.written;
    }
    CsvImport::Result result;
    m_undoStack->push(
        new BulkChangeCommand(m_database, tr("Import %1").arg(QFileInfo(m_path->text()).fileName()),
                              [this, &result](RecordChanges &changes) {
                                  result = run(false, &changes);
                                  return result.written;
                              },
                              {}));
    showResult(result);
    return result.written;
}

QString ImportDialog::summary() const
{
    return m_counts->text();
}

CsvImport::Result ImportDialog::run(bool dryRun, RecordChanges *changes)
{
    CsvImport::Result result;
    if (m_path->text().isEmpty())
        return result;
    QFile file(m_path->text());
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw CoalitionError(tr("Cannot read %1: %2").arg(m_path->text(), file.errorString()));
        const QByteArray data = file.readAll();
        const EntityKind table = EntityKind(m_table->currentData().toInt());
        result = CsvImport::inspect(table, data, m_database.catalogue(), m_preview->choices());
        CsvImport::Options options;
        options.onMatch = CsvImport::OnMatch(m_onMatch->currentData().toInt());
        options.dryRun = dryRun;
        options.dateOrder = SpreadsheetDates::Order(m_dateOrder->currentData().toInt());
        options.columnFields = m_preview->choices();
        options.changes = changes;
        result = CsvImport::run(m_database, table, data, options);
    } catch (const CoalitionError &error) {
        result.rejected.append({0, error.message()});
    }
    return result;
}

void ImportDialog::showResult(const CsvImport::Result &result)
{
    // Asked only while the file leaves it open; kept once chosen, so it can be changed.
    const bool chosen = m_dateOrder->currentIndex() > 0;
    if (result.dateOrderNeeded)
        m_dateOrderLabel->setText(tr("&Dates such as %1 are:").arg(result.ambiguousDate));
    m_form->setRowVisible(m_dateOrder, result.dateOrderNeeded || chosen);
    m_preview->showPreview(EntityKind(m_table->currentData().toInt()), result,
                           m_database.catalogue());
    const QString counts = result.written
                               ? tr("Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.")
                               : tr("%1 to create, %2 to update, %3 unchanged, %4 to skip.");
    m_counts->setText(
        counts.arg(result.created).arg(result.updated).arg(result.unchanged).arg(result.skipped));
    if (result.dateOrderNeeded)
        m_counts->setText(tr("Say how the file writes dates to see what it would change."));
    m_matches->setText(result.matches.isEmpty() ? tr("No row matches a record already there.")
                                                : CsvImport::describeMatches(result));
    m_problems->clear();
    for (const CsvImport::Problem &problem : result.rejected) {
        auto *item = new QListWidgetItem(
            problem.line > 0 ? tr("Line %1: %2").arg(problem.line).arg(problem.message)
                             : problem.message,
            m_problems);
        item->setToolTip(item->text());
    }
    if (!result.rejected.isEmpty() && !result.dateOrderNeeded)
        m_counts->setText(m_counts->text() + QLatin1Char(' ') +
                          tr("Fix the rows below first: nothing is imported while any is wrong."));
    m_import->setEnabled(!m_path->text().isEmpty() && result.rejected.isEmpty() && !result.written);
}
