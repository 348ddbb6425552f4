#include "ui/dialogs/ImportPreviewTable.h"

#include "model/domain/FieldCatalogue.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace {

// What a column can import as, in the catalogue's order: (CSV name, label).
QVector<QPair<QString, QString>> targets(EntityKind table, const FieldCatalogue &catalogue)
{
    QVector<QPair<QString, QString>> fields = {
        {QString(), ImportPreviewTable::tr("Leave out")},
        {QStringLiteral("id"), ImportPreviewTable::tr("Coalition id")}};
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (field.imported)
            fields.append({field.csvName, catalogue.label(tableName(table), field.column)});
    }
    return fields;
}

} // namespace

ImportPreviewTable::ImportPreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(160);
    horizontalHeader()->setStretchLastSection(true);
    setAccessibleName(tr("The file's first rows and what each column imports as"));
}

void ImportPreviewTable::showPreview(EntityKind table, const CsvImport::Result &result,
                                     const FieldCatalogue &catalogue)
{
    if (result.headers != m_headers || table != m_table) {
        m_choices.clear(); // another file, or other records: start from its headers
        m_headers = result.headers;
        m_table = table;
    }
    const QSignalBlocker quiet(this);
    clear();
    setColumnCount(int(result.headers.size()));
    setRowCount(int(result.firstRows.size()) + 1);
    setHorizontalHeaderLabels(result.headers);
    QStringList lines = {tr("Imports as")};
    for (int row = 0; row < result.firstRows.size(); ++row)
        lines << QString::number(row + 2); // the header is line 1
    setVerticalHeaderLabels(lines);
    const auto fields = targets(table, catalogue);
    for (int column = 0; column < result.headers.size(); ++column) {
        auto *pick = new QComboBox(this);
        pick->setObjectName(QStringLiteral("importColumn%1").arg(column));
        pick->setAccessibleName(tr("Column “%1” imports as").arg(result.headers.at(column)));
        for (const auto &[name, label] : fields)
            pick->addItem(label, name);
        pick->setCurrentIndex(qMax(0, pick->findData(result.columnFields.value(column))));
        connect(pick, &QComboBox::currentIndexChanged, this, [this, column, pick] {
            m_choices.insert(column, pick->currentData().toString());
            emit mappingChanged();
        });
        setCellWidget(0, column, pick);
        for (int row = 0; row < result.firstRows.size(); ++row) {
            const QString cell = result.firstRows.at(row).value(column);
            auto *item = new QTableWidgetItem(cell);
            item->setToolTip(cell);
            if (pick->currentData().toString().isEmpty())
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            setItem(row + 1, column, item);
        }
    }
    resizeRowToContents(0);
}

void ImportPreviewTable::choose(int column, const QString &field)
{
    if (auto *pick = qobject_cast<QComboBox *>(cellWidget(0, column)))
        pick->setCurrentIndex(pick->findData(field));
}
