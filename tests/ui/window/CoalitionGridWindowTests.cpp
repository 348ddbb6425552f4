#include "model/lists/CoalitionGridModel.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/CoalitionGridPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

TEST_CASE("In the coalition grid Enter adds a partnership at a cell and Delete removes it", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database, MainWindow::CoalitionGridPage);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *page = static_cast<CoalitionGridPage *>(window.page(MainWindow::CoalitionGridPage));
    CoalitionGridModel *model = page->model();
    // DRUM has no part in the New Way Forward Act.
    int row = -1, column = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        row = model->organizationAt(r).name.startsWith(QLatin1String("DRUM")) ? r : row;
    for (int c = 0; c < model->columnCount(); ++c)
        column = model->campaignAt(c).name == QLatin1String("New Way Forward Act") ? c : column;
    REQUIRE(row >= 0);
    REQUIRE(column >= 0);
    const QModelIndex cell = model->index(row, column);
    REQUIRE(cell.data(CoalitionGridModel::PartnerIdRole).toString().isEmpty());
    page->table()->setCurrentIndex(cell);
    page->table()->setFocus();

    QString organizationOffered;
    whenDialogOpens([&](QDialog *dialog) {
        auto *organization = dialog->findChild<QComboBox *>(QStringLiteral("organization_id"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("role"));
        REQUIRE(organization);
        REQUIRE(role);
        organizationOffered = organization->currentText();
        role->setCurrentIndex(role->findData(QStringLiteral("signatory")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
    });
    QTest::keyClick(page->table(), Qt::Key_Return);
    CHECK(organizationOffered.startsWith(QLatin1String("DRUM")));
    const QString partner =
        model->index(row, column).data(CoalitionGridModel::PartnerIdRole).toString();
    REQUIRE_FALSE(partner.isEmpty());
    CHECK(model->index(row, column).data().toString().startsWith(QLatin1String("Signatory")));
    CHECK(page->currentId() == partner);

    // Delete asks, then removes it; undo brings it back.
    window.editor().setQuestion(
        [](const QString &, const QString &, const QStringList &) { return 0; });
    page->deleteCurrent();
    CHECK_FALSE(CampaignPartnerRepository(*t.database).exists(partner));
    CHECK(model->index(row, column).data(CoalitionGridModel::PartnerIdRole).toString().isEmpty());
    window.undoStack().undo();
    CHECK(CampaignPartnerRepository(*t.database).exists(partner));

    // Export writes the grid as shown: a row per organization, a column per campaign.
    QVector<QStringList> rows;
    const int written = page->writeRows(
        false, [&](const QStringList &cells) { rows << cells; return true; }, {});
    CHECK(written == model->rowCount());
    REQUIRE(rows.size() == model->rowCount() + 1);
    CHECK(rows.first().size() == model->columnCount() + 1);
    CHECK(rows.first().at(column + 1) == QLatin1String("New Way Forward Act"));
    CHECK(rows.at(row + 1).first().startsWith(QLatin1String("DRUM")));
    CHECK(rows.at(row + 1).at(column + 1).startsWith(QLatin1String("Signatory")));
}
