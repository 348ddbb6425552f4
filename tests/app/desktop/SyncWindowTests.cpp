#include "app/desktop/SyncController.h"
#include "model/feed/SyncStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/settings/Settings.h"
#include "model/storage/StampStore.h"
#include "model/sync/FeedSync.h"
#include "tests/app/desktop/OtherLaptop.h"
#include "tests/support/LocalFeedServer.h"
#include "tests/support/TestDatabase.h"
#include "ui/dialogs/SyncDialog.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

TEST_CASE("F5 syncs in the background and the window shows what arrived", "[ui][sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("feed.txt"));

    // Another laptop adds an item and syncs first.
    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Phone bank for the Excluded Workers Fund"));

    Settings().setValue(Settings::Key::SyncFeed, feed);
    Settings().setValue(Settings::Key::SyncMinutes, 0);
    MainWindow window(*t.database);
    auto *controller = new SyncController(*t.database, t.clock, window);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::ActionItemsPage);
    auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
    const int before = page->model()->totalCount();

    QSignalSpy done(controller, &SyncController::finished);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(done.wait(30000));
    CHECK(done.first().first().toBool());
    CHECK(page->model()->totalCount() == before + 1);
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QLatin1String("Last sync")));
    CHECK(status->text().contains(QLatin1String("1 added")));
    CHECK(status->text().contains(QLatin1String("Bo")));

    // The watcher reports our own write to the feed; that is no reason to sync again.
    CHECK(controller->watchedFiles().contains(feed));
    controller->feedChanged(feed);
    CHECK_FALSE(controller->isSyncing());
    CHECK(done.count() == 1);
    // Another laptop's write is.
    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Second phone bank"));
    controller->feedChanged(feed);
    CHECK(controller->isSyncing());
    REQUIRE(done.wait(30000));
    CHECK(page->model()->totalCount() == before + 2);

    SyncDialog dialog(*t.database, &window);
    auto *log = dialog.findChild<QTreeWidget *>(QStringLiteral("syncLog"));
    REQUIRE(log);
    CHECK(log->topLevelItemCount() == 2);
    Settings().remove(Settings::Key::SyncFeed); // leave no feed behind for other tests
}

TEST_CASE("The conflicts view keeps the other value on request", "[ui][sync]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString vigil = SampleDataLoader::stableId(
        EntityKind::ActionItem, QStringLiteral("Justice for Christian Hall/Attend a vigil on the "
                                               "anniversary of Christian Hall's death"));
    {
        auto other = Database::open(t.file(QStringLiteral("other.sqlite")), t.clock);
        other->setAuthor(QStringLiteral("Bo"));
        SampleDataLoader::load(*other);
        auto item = *ActionItemRepository(*other).get(vigil);
        item.owner = QStringLiteral("Bo");
        ActionItemRepository(*other).update(item);
        FeedSync::Options options;
        options.noEncryption = true; // tests of encryption give a passphrase
        options.feed = feed;
        FeedSync::sync(*other, options);
    }
    t.clock.advanceSeconds(60);
    auto item = *ActionItemRepository(*t.database).get(vigil);
    item.owner = QStringLiteral("Ana");
    ActionItemRepository(*t.database).update(item); // later: wins the merge
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    FeedSync::sync(*t.database, options);
    CHECK(ActionItemRepository(*t.database).get(vigil)->owner == QLatin1String("Ana"));

    SyncDialog dialog(*t.database);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("conflictList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0).contains(QLatin1String("vigil")));
    CHECK(list->topLevelItem(0)->text(1) == QLatin1String("Owner")); // the label, not "owner"
    CHECK(list->topLevelItem(0)->text(4) == QLatin1String("Bo"));
    list->setCurrentItem(list->topLevelItem(0));
    dialog.keepOther();
    CHECK(ActionItemRepository(*t.database).get(vigil)->owner == QLatin1String("Bo"));
    CHECK(list->topLevelItem(0)->text(7) == QLatin1String("Settled"));
}

TEST_CASE("A feed on a team server syncs from the window - a stalled server never freezes it",
          "[ui][sync]")
{
    LocalFeedServer server;
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Settings().setValue(Settings::Key::SyncFeed, server.url(QStringLiteral("honest")));
    Settings().setValue(Settings::Key::SyncMinutes, 0);
    Settings().setValue(Settings::Key::SyncStallSeconds, 2);
    MainWindow window(*t.database);
    auto *controller = new SyncController(*t.database, t.clock, window);
    // The first sync makes the feed and asks how to lock it: here, without encryption.
    int asked = 0;
    controller->setPassphrasePrompt(
        [&asked](PassphraseDialog::Mode mode, const QString &, const QString &) {
            asked += mode == PassphraseDialog::Mode::Create;
            return std::optional<SyncController::PassphraseAnswer>({QString(), true});
        });
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QLatin1String("team.feed on 127.0.0.1")));

    QSignalSpy done(controller, &SyncController::finished);
    controller->syncNow(false);
    REQUIRE(done.wait(30000));
    CHECK(done.takeFirst().first().toBool());
    CHECK(asked == 1);
    CHECK(status->text().contains(QLatin1String("Last sync")));

    // The server now takes the request and never answers: the window keeps working.
    Settings().setValue(Settings::Key::SyncFeed, server.url(QStringLiteral("stall")));
    emit window.preferencesChanged();
    controller->syncNow(false);
    REQUIRE(controller->isSyncing());
    // The window's event loop runs while the sync waits on the server: a queued event is
    // handled before the sync ends (a sync on the window's thread would hold it back
    // until the stall was detected, with isSyncing() false by then).
    bool handledDuringSync = false;
    bool pageShownDuringSync = false;
    QTimer::singleShot(0, &window, [&] {
        handledDuringSync = controller->isSyncing();
        window.showPage(MainWindow::ContactsPage);
        pageShownDuringSync = window.currentPageIndex() == MainWindow::ContactsPage;
    });
    REQUIRE(done.wait(30000));
    CHECK(handledDuringSync);
    CHECK(pageShownDuringSync);
    CHECK_FALSE(done.first().first().toBool());
    CHECK(status->text().contains(QLatin1String("stopped answering")));
    Settings settings;
    settings.remove(Settings::Key::SyncFeed);
    settings.remove(Settings::Key::SyncStallSeconds);
}

TEST_CASE("The conflicts view reads as people talk - labels - dates - names - and who wrote each "
          "side",
          "[ui][sync]")
{
    TestDatabase t;
    const QString otherDevice = laptopsEditTheVigilApart(t);

    SyncDialog dialog(*t.database);
    auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("conflictList"));
    auto *keep = dialog.findChild<QPushButton *>(QStringLiteral("keepOther"));
    auto *leave = dialog.findChild<QPushButton *>(QStringLiteral("leaveAsIs"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 4);
    CHECK_FALSE(keep->isEnabled()); // nothing chosen yet
    CHECK_FALSE(leave->isEnabled());
    QMap<QString, QTreeWidgetItem *> byField;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        byField.insert(list->topLevelItem(row)->text(1), list->topLevelItem(row));
    // Marking it done here also stamped when it was completed.
    REQUIRE(byField.keys() == QStringList{QStringLiteral("Completed"), QStringLiteral("Due date"),
                                          QStringLiteral("Organization"),
                                          QStringLiteral("Status")});
    const QTreeWidgetItem *completed = byField.value(QStringLiteral("Completed"));
    CHECK(completed->text(2) ==
          QLocale().toString(t.clock.now().toLocalTime(), QLocale::ShortFormat));
    CHECK(completed->text(4) == QLatin1String("(empty)"));
    // A reference reads as the name of the record it points to, not its id.
    CHECK(byField.value(QStringLiteral("Organization"))->text(2) == QLatin1String("HANA Center"));
    CHECK(byField.value(QStringLiteral("Organization"))->text(4) == QLatin1String("VietLead"));
    const QTreeWidgetItem *due = byField.value(QStringLiteral("Due date"));
    CHECK(due->text(0) ==
          QLatin1String("Attend a vigil on the anniversary of Christian Hall's death"));
    CHECK(due->toolTip(0) == due->text(0));
    CHECK(due->text(2) == QLatin1String("31 Dec 2021"));
    CHECK(due->text(4) == QLatin1String("29 Dec 2021"));
    CHECK(due->text(3) == QLatin1String("Ana, on this laptop"));
    CHECK(due->text(5) == QStringLiteral("someone on laptop ") + otherDevice.left(8));
    CHECK_FALSE(due->text(6).contains(QLatin1Char('T')));
    const QTreeWidgetItem *status = byField.value(QStringLiteral("Status"));
    CHECK(status->text(2) == QLatin1String("Done"));
    CHECK(status->text(4) == QLatin1String("In progress"));

    if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS")) {
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                           QStringLiteral("/conflicts.png"));
    }
    list->setCurrentItem(byField.value(QStringLiteral("Status")));
    CHECK(keep->isEnabled());
    CHECK(leave->isEnabled());
    QTest::mouseClick(leave, Qt::LeftButton);
    // Settled conflicts stay listed but cannot be settled again.
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(7) == QLatin1String("Settled")) {
            list->setCurrentItem(list->topLevelItem(row));
            CHECK_FALSE(keep->isEnabled());
        }
    }
}
