#include "model/domain/EveryLanguage.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/CsvReader.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/lists/ActionItemTableModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/window/ExportDialog.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTranslator>

namespace {

QVector<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file.readAll());
    QVector<QStringList> rows;
    while (reader.next())
        rows << reader.row();
    return rows;
}

} // namespace

TEST_CASE("File > Export writes the Action items page as shown - filter - sort and columns", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.showPage(MainWindow::ActionItemsPage);
    auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
    auto *campaign = window.findChild<QComboBox *>(QStringLiteral("campaignFilter"));
    auto *table = window.findChild<QTableView *>(QStringLiteral("actionTable"));
    campaign->setCurrentIndex(campaign->findText(QStringLiteral("Pathway to Citizenship")));
    table->horizontalHeader()->setSortIndicator(ActionItemTableModel::Title, Qt::AscendingOrder);

    ExportDialog dialog(*t.database, *page, &window);
    const QString path = t.file(QStringLiteral("actions.csv"));
    REQUIRE(dialog.exportTo(path));
    const QVector<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == 1 + table->model()->rowCount());
    CHECK(rows.first() == QStringList{QStringLiteral("id"), QStringLiteral("Title"),
                                      QStringLiteral("Campaign"), QStringLiteral("Organization"),
                                      QStringLiteral("Owner"), QStringLiteral("Due"),
                                      QStringLiteral("Status"), QStringLiteral("Priority")});
    for (int row = 1; row < rows.size(); ++row) {
        CHECK(rows[row][0] == page->model()->idAt(row - 1));
        CHECK(rows[row][1] ==
              table->model()->index(row - 1, ActionItemTableModel::Title).data().toString());
        CHECK(rows[row][2] == QLatin1String("Pathway to Citizenship"));
        if (row > 1)
            CHECK(rows[row - 1][1].compare(rows[row][1], Qt::CaseInsensitive) <= 0);
    }

    dialog.setFormat(ExportDialog::DeadlinesIcs);
    const QString ics = t.file(QStringLiteral("deadlines.ics"));
    REQUIRE(dialog.exportTo(ics));
    QFile calendar(ics);
    REQUIRE(calendar.open(QIODevice::ReadOnly));
    // The deadlines the page lists: its campaign and status filter, not every item.
    const int shown = ActionItemRepository(*t.database).count(page->actionItemFilter());
    CHECK(shown < ActionItemRepository(*t.database).count());
    CHECK(calendar.readAll().count("BEGIN:VTODO") == shown);

    dialog.setFormat(ExportDialog::ContactsVcf);
    const QString vcf = t.file(QStringLiteral("contacts.vcf"));
    REQUIRE(dialog.exportTo(vcf));
    QFile cards(vcf);
    REQUIRE(cards.open(QIODevice::ReadOnly));
    CHECK(cards.readAll().count("BEGIN:VCARD") == 10);
}

TEST_CASE("A CSV exported from the Spanish window imports with its edits on a laptop in English",
          "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString path = t.file(QStringLiteral("tareas.csv"));
    QTranslator spanish;
    REQUIRE(spanish.load(QStringLiteral(COALITION_QM_DIR "/coalition_es.qm")));
    {
        QCoreApplication::installTranslator(&spanish);
        MainWindow window(*t.database);
        window.showPage(MainWindow::ActionItemsPage);
        auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
        ExportDialog dialog(*t.database, *page, &window);
        REQUIRE(dialog.exportTo(path));
        QCoreApplication::removeTranslator(&spanish);
    }
    QVector<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() > 3);
    CHECK(rows.first() == QStringList{QStringLiteral("id"), QStringLiteral("Título"),
                                      QStringLiteral("Campaña"), QStringLiteral("Organización"),
                                      QStringLiteral("Responsable"), QStringLiteral("Vence"),
                                      QStringLiteral("Estado"), QStringLiteral("Prioridad")});
    // The organizer edits two rows in a spreadsheet, in Spanish.
    const QString first = rows[1][0];
    const QString second = rows[2][0];
    rows[1][1] = QStringLiteral("Llamar a la gobernadora otra vez");
    rows[1][4] = QStringLiteral("Marisol");
    rows[2][6] = QStringLiteral("Hecha");
    rows[2][7] = QStringLiteral("Urgente");
    QBuffer edited;
    edited.open(QIODevice::WriteOnly);
    CsvWriter writer(edited, CsvWriter::Options());
    for (const QStringList &row : rows)
        writer.writeRow(row);

    // Imported where the window speaks English: the other language's words still map.
    EveryLanguage::add(&spanish);
    const CsvImport::Result result = CsvImport::run(
        *t.database, EntityKind::ActionItem, edited.data(), CsvImport::OnMatch::Update, false);
    EveryLanguage::remove(&spanish); // destroyed with this test
    CHECK(result.rejected.isEmpty());
    CHECK(result.ignoredColumns.isEmpty());
    CHECK(result.updated == 2);
    CHECK(result.unchanged == rows.size() - 3);
    CHECK(result.written);
    ActionItemRepository actions(*t.database);
    CHECK(actions.get(first)->title == QLatin1String("Llamar a la gobernadora otra vez"));
    CHECK(actions.get(first)->owner == QLatin1String("Marisol"));
    CHECK(actions.get(second)->status == QLatin1String("done"));
    CHECK(actions.get(second)->priority == QLatin1String("urgent"));
}
