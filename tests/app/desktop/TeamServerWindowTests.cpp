// Windows on a feed kept by a PostgreSQL team server (a real one, started for the test):
// each asks for the member's password, and one laptop's push reaches the other window
// without F5; a server gone away is said in the status bar, and its return brings a sync.
#include "app/desktop/SyncController.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/server/ServerListener.h"
#include "model/settings/Settings.h"
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
    pg.addMember(QStringLiteral("alice"), QStringLiteral("nyc"), QStringLiteral("alice-secret"));
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

    // A second laptop, a window too, joins the team; then both are left to settle (each
    // push pokes the other, which syncs).
    TestDatabase t2;
    SampleDataLoader::load(*t2.database);
    MainWindow other(*t2.database);
    auto *otherController = new SyncController(*t2.database, t2.clock, other);
    otherController->teamServer().setPasswordPrompt([](const QString &, const QString &) {
        return std::optional<TeamServerLink::PasswordAnswer>({QStringLiteral("alice-secret")});
    });
    otherController->setPassphrasePrompt(
        [&passphrase](PassphraseDialog::Mode, const QString &, const QString &) {
            return std::optional<SyncController::PassphraseAnswer>({passphrase});
        });
    other.show();
    QSignalSpy otherDone(otherController, &SyncController::finished);
    otherController->syncNow(false);
    REQUIRE(otherDone.wait(60000));
    REQUIRE(otherDone.first().first().toBool());
    const auto settle = [&] {
        for (int quiet = 0, round = 0; quiet < 3 && round < 100; ++round) {
            QTest::qWait(500);
            quiet = controller->isSyncing() || otherController->isSyncing() ? 0 : quiet + 1;
        }
    };
    settle();
    done.clear();
    otherDone.clear();

    window.showPage(MainWindow::ActionItemsPage);
    auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
    const int before = page->model()->totalCount();
    ActionItem item;
    item.title = QStringLiteral("Phone bank for the Excluded Workers Fund");
    ActionItemRepository(*t2.database).create(item);
    otherController->syncNow(false);
    REQUIRE(otherDone.wait(60000));
    CHECK(otherDone.first().first().toBool());
    QElapsedTimer sincePush;
    sincePush.start();
    REQUIRE((!done.isEmpty() || done.wait(20000))); // no F5: the server's poke started it
    CHECK(done.takeFirst().first().toBool());
    const qint64 shownAfterMs = sincePush.elapsed();
    CHECK(page->model()->totalCount() == before + 1);
    WARN("the other window's push shown in this one " << shownAfterMs
                                                      << " ms after its sync ended");
    settle();
    done.clear();

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

TEST_CASE("The window trusts the certificate authority set in Preferences for a team server "
          "with TLS - without it the sync is refused",
          "[ui][sync][server]")
{
    PostgresServer pg;
    const QString authority = pg.enableTls();
    pg.addMember(QStringLiteral("alice"), QStringLiteral("nyc"), QStringLiteral("alice-secret"));
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Settings().setValue(Settings::Key::SyncFeed,
                        pg.url(QStringLiteral("alice"), QStringLiteral("nyc")) +
                            QStringLiteral("&sslmode=verify-full"));
    Settings().setValue(Settings::Key::SyncMinutes, 0);
    Settings().remove(Settings::Key::SyncCaFile);
    MainWindow window(*t.database);
    auto *controller = new SyncController(*t.database, t.clock, window);
    controller->teamServer().setPasswordPrompt([](const QString &, const QString &) {
        return std::optional<TeamServerLink::PasswordAnswer>({QStringLiteral("alice-secret")});
    });
    controller->setPassphrasePrompt([](PassphraseDialog::Mode, const QString &, const QString &) {
        return std::optional<SyncController::PassphraseAnswer>({QString(), true});
    });
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    QSignalSpy done(controller, &SyncController::finished);
    controller->syncNow(false);
    REQUIRE(done.wait(60000));
    CHECK_FALSE(done.takeFirst().first().toBool());
    CHECK(status->text().contains(QLatin1String("Cannot connect to the team server")));

    Settings().setValue(Settings::Key::SyncCaFile, authority);
    emit window.preferencesChanged();
    controller->syncNow(false);
    REQUIRE(done.wait(60000));
    INFO(status->text().toStdString());
    CHECK(done.takeFirst().first().toBool());
    Settings settings;
    settings.remove(Settings::Key::SyncFeed);
    settings.remove(Settings::Key::SyncCaFile);
}

TEST_CASE("A window that finds the team server down works offline - says so - and syncs by "
          "itself when the server is back",
          "[ui][sync][server]")
{
    PostgresServer pg;
    pg.addMember(QStringLiteral("alice"), QStringLiteral("nyc"), QStringLiteral("alice-secret"));
    pg.stop();
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Settings().setValue(Settings::Key::SyncFeed,
                        pg.url(QStringLiteral("alice"), QStringLiteral("nyc")));
    Settings().setValue(Settings::Key::SyncMinutes, 0);
    MainWindow window(*t.database);
    auto *controller = new SyncController(*t.database, t.clock, window);
    // The password is known (a file, the keyring or an earlier answer): here, libpq's
    // environment.
    qputenv("PGPASSWORD", "alice-secret");
    controller->setPassphrasePrompt([](PassphraseDialog::Mode, const QString &, const QString &) {
        return std::optional<SyncController::PassphraseAnswer>({QString(), true});
    });
    auto *status = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(status);
    QSignalSpy done(controller, &SyncController::finished);
    QSignalSpy online(&controller->teamServer(), &TeamServerLink::onlineChanged);
    controller->syncNow(false);
    REQUIRE(done.wait(60000));
    CHECK_FALSE(done.takeFirst().first().toBool());
    REQUIRE((!online.isEmpty() || online.wait(4 * ServerListener::checkIntervalMs)));
    CHECK_FALSE(online.takeFirst().first().toBool());
    CHECK(status->text().contains(QLatin1String("out of reach")));
    // Working offline: an edit is kept here meanwhile.
    ActionItem item;
    item.title = QStringLiteral("Made while the server was down");
    ActionItemRepository(*t.database).create(item);

    pg.start();
    REQUIRE(online.wait(4 * ServerListener::checkIntervalMs));
    CHECK(online.takeFirst().first().toBool());
    REQUIRE((!done.isEmpty() || done.wait(60000))); // no F5
    INFO(status->text().toStdString());
    CHECK(done.takeFirst().first().toBool());
    // Its own push pokes it once more (one more sync, with nothing new).
    for (int wait = 0; wait < 100 && controller->isSyncing(); ++wait)
        QTest::qWait(100);
    CHECK(status->text().contains(QLatin1String("Last sync")));
    qunsetenv("PGPASSWORD");
    Settings().remove(Settings::Key::SyncFeed);
}
