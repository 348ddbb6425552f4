#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/pages/DeadlinesPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

// Whether a list view of the page shows a row with this text.
bool lists(QWidget *page, const QString &text)
{
    for (const QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model || !view->isVisibleTo(page))
            continue;
        if (!model
                 ->match(model->index(0, 0), Qt::DisplayRole, text, 1,
                         Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty())
            return true;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (!model
                     ->match(model->index(0, column), Qt::DisplayRole, text, 1,
                             Qt::MatchExactly | Qt::MatchRecursive)
                     .isEmpty())
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Closing a campaign hides it and its items from the lists - View shows them again",
          "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString name = QStringLiteral("Justice for Christian Hall");
    const auto campaign = CampaignRepository(*t.database).findByIdOrName(name);
    REQUIRE(campaign);
    ActionItemFilter ofCampaign;
    ofCampaign.campaignId = campaign->id;
    const ActionItem vigil = ActionItemRepository(*t.database).list(ofCampaign).first();

    MainWindow window(*t.database);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *showEnded = window.findChild<QAction *>(QStringLiteral("showEndedCampaigns"));
    REQUIRE(showEnded);
    CHECK_FALSE(showEnded->isChecked());

    window.showPage(MainWindow::CampaignsPage);
    Page *campaigns = window.page(MainWindow::CampaignsPage);
    CHECK(lists(campaigns, name));
    window.showPage(MainWindow::ActionItemsPage);
    Page *actions = window.page(MainWindow::ActionItemsPage);
    CHECK(lists(actions, vigil.title));
    window.showPage(MainWindow::DeadlinesPage);
    Page *deadlines = window.page(MainWindow::DeadlinesPage);
    CHECK(lists(deadlines, vigil.title));

    // The person closes it in its dialog.
    window.showPage(MainWindow::CampaignsPage);
    campaigns->showRecord(campaign->id);
    whenDialogOpens([](QDialog *dialog) {
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("status"));
        REQUIRE(status);
        status->setCurrentIndex(status->findData(QStringLiteral("closed")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
    });
    campaigns->editCurrent();
    REQUIRE(CampaignRepository(*t.database).get(campaign->id)->status == QLatin1String("closed"));
    CHECK_FALSE(lists(campaigns, name));
    CHECK_FALSE(lists(actions, vigil.title));
    CHECK_FALSE(lists(deadlines, vigil.title));
    auto *campaignFilter = actions->findChild<QComboBox *>(QStringLiteral("campaignFilter"));
    REQUIRE(campaignFilter);
    CHECK(campaignFilter->findText(name) < 0);

    // One toggle shows them all again, and is remembered.
    showEnded->trigger();
    CHECK(lists(campaigns, name));
    CHECK(lists(actions, vigil.title));
    CHECK(lists(deadlines, vigil.title));
    CHECK(campaignFilter->findText(name) >= 0);
    MainWindow second(*t.database);
    CHECK(second.findChild<QAction *>(QStringLiteral("showEndedCampaigns"))->isChecked());
    showEnded->trigger();

    // Opened from a search while hidden, an ended campaign's item still shows.
    CHECK_FALSE(lists(actions, vigil.title));
    window.openRecord(EntityKind::ActionItem, vigil.id);
    CHECK(actions->currentId() == vigil.id);
}
