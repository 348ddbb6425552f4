// The window on a feed kept by a PostgreSQL team server (a real one, started for the
// test): it asks for the member's password, and another laptop's push reaches it without
// F5; a server gone away is said in the status bar, and its return brings a sync.
#include "app/desktop/SyncController.h"
#include "model/sample/SampleDataLoader.h"
#include "model/server/ServerConnection.h"
#include "model/server/ServerListener.h"
#include "model/server/ServerMembers.h"
#include "model/server/ServerSchema.h"
#include "model/settings/Settings.h"
#include "tests/app/desktop/OtherLaptop.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDatabase.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

TEST_CASE("The window asks for the team server password - another laptop's push appears "
          "without F5 - a server gone away is said and its return brings a sync",
          "[ui][sync][server]")
{
    PostgresServer pg;
    {
        ServerConnection owner(
            ServerAddress::parse(pg.url(QStringLiteral("owner")), ServerAddress::Team::Optional),
            PostgresServer::ownerPassword());
        ServerSchema::init(owner);
        ServerMembers(owner).add(QStringLiteral("alice"), QStringLiteral("nyc"),
                                 QStringLiteral("alice-secret"), true);
    }
    const QString feed = pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    const QString passphrase = QStringLiteral("river stone lantern june");
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Settings().setValue(Settings::Key::SyncFeed, feed);
    Settings().setValue(Settings::Key::SyncMinutes, 0);
    MainWindow window(*t.database);
    auto *controller = new SyncController(*t.database, t.clock, window);
    QStringList asked;
    controller->teamServer().setPasswordPrompt([&asked](const QString &server, const QString &) {
        asked << server;
        return std::optional<TeamServerLink::PasswordAnswer>({QStringLiteral("alice-secret")});
    });
    controller->setPassphrasePrompt(
        [&passphrase](PassphraseDialog::Mode, const QString &, const QString &) {
            return std::optional<SyncController::PassphraseAnswer>({passphrase});
        });
    window.show();
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QLatin1String("team nyc on 127.0.0.1")));

    QSignalSpy done(controller, &SyncController::finished);
    QSignalSpy online(&controller->teamServer(), &TeamServerLink::onlineChanged);
    controller->syncNow(false);
    const bool synced = done.wait(60000);
    INFO(status->text().toStdString());
    REQUIRE(synced);
    REQUIRE(done.takeFirst().first().toBool());
    CHECK(asked == QStringList{QStringLiteral("alice on 127.0.0.1")});
    CHECK(status->text().contains(QLatin1String("Last sync")));
    REQUIRE((!online.isEmpty() || online.wait(10000)));
    CHECK(online.takeFirst().first().toBool());
    CHECK(controller->teamServer().isListening());

    window.showPage(MainWindow::ActionItemsPage);
    auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
    const int before = page->model()->totalCount();
    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Phone bank for the Excluded Workers Fund"),
                            passphrase, QStringLiteral("alice-secret"));
    QElapsedTimer sincePush;
    sincePush.start();
    REQUIRE(done.wait(20000)); // no F5: the server's poke started it
    CHECK(done.takeFirst().first().toBool());
    const qint64 shownAfterMs = sincePush.elapsed();
    CHECK(page->model()->totalCount() == before + 1);
    WARN("another laptop's push shown in the window after " << shownAfterMs << " ms");

    // The server goes away: the status bar says so within a few checks; the window works on.
    pg.stop();
    REQUIRE(online.wait(4 * ServerListener::checkIntervalMs));
    CHECK_FALSE(online.takeFirst().first().toBool());
    CHECK(status->text().contains(QLatin1String("out of reach")));
    pg.start();
    REQUIRE(online.wait(4 * ServerListener::checkIntervalMs));
    CHECK(online.takeFirst().first().toBool());
    REQUIRE((!done.isEmpty() || done.wait(20000))); // caught up without F5
    CHECK(done.takeFirst().first().toBool());
    CHECK(status->text().contains(QLatin1String("Last sync")));
    Settings().remove(Settings::Key::SyncFeed);
}
