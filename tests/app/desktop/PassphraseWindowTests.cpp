// The window and the team passphrase: it asks with a real dialog when a sync needs it,
// typed into with QTest, offscreen; the passphrase, and a team server's password, kept in
// a real keyring when the person asks.
#include "app/desktop/PassphraseKeyring.h"
#include "app/desktop/SyncController.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/settings/Settings.h"
#include "model/sync/FeedSync.h"
#include "tests/app/desktop/OtherLaptop.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDatabase.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

namespace {

// What a passphrase dialog showed before the test answered it.
struct DialogAnswer
{
    bool shown = false;
    bool okEnabledWhenWeak = true;
    QString problem;
};

// Answers each passphrase dialog that opens, in turn, with the next of passphrases: types
// into it and presses OK. With weakFirst a create dialog is first given a weak one.
void answerDialogs(const QStringList &passphrases, QVector<DialogAnswer> &answers,
                   bool weakFirst = false)
{
    auto *timer = new QTimer;
    auto last = std::make_shared<QPointer<PassphraseDialog>>();
    QObject::connect(timer, &QTimer::timeout, [=, &answers] {
        auto *dialog = qobject_cast<PassphraseDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == *last)
            return;
        *last = dialog;
        DialogAnswer answer;
        answer.shown = true;
        if (auto *problem = dialog->findChild<QLabel *>(QStringLiteral("passphraseProblem")))
            answer.problem = problem->text();
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
        auto *repeat = dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassphrase"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (weakFirst && repeat) {
            QTest::keyClicks(field, QStringLiteral("coalition2021"));
            QTest::keyClicks(repeat, QStringLiteral("coalition2021"));
            answer.okEnabledWhenWeak = ok->isEnabled();
            field->clear();
            repeat->clear();
        }
        const QString passphrase = passphrases.value(answers.size());
        answers.append(answer);
        QTest::keyClicks(field, passphrase);
        if (repeat)
            QTest::keyClicks(repeat, passphrase);
        QTest::mouseClick(ok, Qt::LeftButton);
        if (answers.size() == passphrases.size())
            timer->deleteLater();
    });
    timer->start(50);
}

// The feed in the settings, syncing only when told to; forgotten again at the end.
struct FeedSetting
{
    explicit FeedSetting(const QString &feed)
    {
        Settings().setValue(Settings::Key::SyncFeed, feed);
        Settings().setValue(Settings::Key::SyncMinutes, 0);
    }
    ~FeedSetting() { Settings().remove(Settings::Key::SyncFeed); }
};

// The window and its sync controller on feed.
struct WindowOnFeed : FeedSetting
{
    WindowOnFeed(TestDatabase &t, const QString &feed)
        : FeedSetting(feed), window(*t.database),
          controller(new SyncController(*t.database, t.clock, window)),
          done(controller, &SyncController::finished)
    {
        window.show();
    }

    MainWindow window;
    SyncController *controller;
    QSignalSpy done;
};

// A Secret Service of the test's own, as a desktop session has one: a D-Bus session bus
// and gnome-keyring-daemon with an unlocked keyring in a temporary folder. Started once
// per test process and left running until the process ends (setpriv's parent-death
// signal ends the bus then, and the keyring daemon with it): GLib ends a process whose
// session bus goes away, so stopping it earlier would end the test.
bool startSecretService()
{
    static const bool started = [] {
        for (const char *program : {"dbus-daemon", "gnome-keyring-daemon", "setpriv"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
                return false;
        }
        static QTemporaryDir home;
        QDir(home.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner |
                                                                        QFileDevice::WriteOwner |
                                                                        QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", home.filePath(QStringLiteral("run")).toUtf8());
        qputenv("XDG_DATA_HOME", home.path().toUtf8());
        qputenv("XDG_CURRENT_DESKTOP", "GNOME");
        // Never deleted: it runs until the process ends (above). Held by a static, so
        // LeakSanitizer sees it still reachable at exit rather than lost.
        static QProcess *const bus = new QProcess;
        bus->start(QStringLiteral("setpriv"),
                   {QStringLiteral("--pdeathsig"), QStringLiteral("TERM"),
                    QStringLiteral("dbus-daemon"), QStringLiteral("--session"),
                    QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        if (!bus->waitForStarted(10000))
            return false;
        while (!bus->canReadLine() && bus->waitForReadyRead(10000)) {
        }
        const QByteArray address = bus->readLine().trimmed();
        if (address.isEmpty())
            return false;
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QProcess keyring;
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
                      {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        keyring.write("test keyring password");
        keyring.closeWriteChannel();
        return keyring.waitForFinished(10000) && keyring.exitCode() == 0;
    }();
    return started;
}

} // namespace

TEST_CASE("A passphrase kept in the keyring opens the feed in the next session without asking "
          "- never in a plain file",
          "[ui][sync][format2][keyring]")
{
    if (!startSecretService()) {
        WARN("No Secret Service could start here (dbus-daemon and gnome-keyring-daemon): the "
             "keyring test did not run.");
        return;
    }
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("team.feed"));
    const QString passphrase = QStringLiteral("river stone lantern june");
    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Phone bank"), passphrase);
    const int before = ActionItemRepository(*t.database).count();
    int asked = 0;
    const auto answer = [&](bool remember) {
        return [&asked, passphrase, remember](PassphraseDialog::Mode, const QString &,
                                              const QString &) {
            ++asked;
            return std::optional<SyncController::PassphraseAnswer>({passphrase, false, remember});
        };
    };
    {
        WindowOnFeed on(t, feed);
        on.controller->setPassphrasePrompt(answer(true));
        on.controller->syncNow(true);
        REQUIRE(on.done.wait(60000));
        CHECK(on.done.last().first().toBool());
        CHECK(asked == 1);
    }
    CHECK(PassphraseKeyring::read(feed) == passphrase);
    CHECK(ActionItemRepository(*t.database).count() == before + 1);

    // The next session: the keyring answers, nobody is asked.
    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Second phone bank"), passphrase);
    {
        WindowOnFeed on(t, feed);
        on.controller->setPassphrasePrompt(answer(false));
        on.controller->syncNow(true);
        REQUIRE(on.done.wait(60000));
        CHECK(on.done.last().first().toBool());
        CHECK(asked == 1);
    }
    CHECK(ActionItemRepository(*t.database).count() == before + 2);
    CHECK_FALSE(fileBytes(Settings::fileName()).contains(passphrase.toUtf8()));
    CHECK_FALSE(fileBytes(t.path()).contains(passphrase.toUtf8()));
    PassphraseKeyring::forget(feed);
    CHECK_FALSE(PassphraseKeyring::read(feed));
}

TEST_CASE("The window asks for the passphrase of an encrypted feed - a wrong one is asked "
          "again - and syncs",
          "[ui][sync][format2]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("team.feed"));
    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Phone bank for the Excluded Workers Fund"),
                            QStringLiteral("river stone lantern june"));
    WindowOnFeed on(t, feed);

    // A typo first: the dialog comes back and says so; then the right one.
    const int before = ActionItemRepository(*t.database).count();
    QVector<DialogAnswer> answers;
    answerDialogs(
        {QStringLiteral("river stone lantern juno"), QStringLiteral("river stone lantern june")},
        answers);
    QTimer::singleShot(0, on.controller, [&on] { on.controller->syncNow(true); });
    REQUIRE(on.done.wait(60000));
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].problem.isEmpty());
    CHECK(answers[1].problem.contains(QLatin1String("does not open")));
    CHECK(on.done.last().first().toBool());
    CHECK(ActionItemRepository(*t.database).count() == before + 1);
    auto *status = on.window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    CHECK(status->text().contains(QLatin1String("Last sync")));
    CHECK_FALSE(fileBytes(feed).contains("Phone bank"));
}

TEST_CASE("A new feed made from the window asks for a strong passphrase - or an explicit "
          "choice without encryption",
          "[ui][sync][format2]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("new.feed"));
    WindowOnFeed on(t, feed);
    QVector<DialogAnswer> answers;
    answerDialogs({QStringLiteral("copper kettle window rain")}, answers, true);
    QTimer::singleShot(0, on.controller, [&on] { on.controller->syncNow(true); });
    REQUIRE(on.done.wait(60000));
    REQUIRE(answers.size() == 1);
    CHECK_FALSE(answers[0].okEnabledWhenWeak);
    CHECK(on.done.last().first().toBool());
    const QByteArray bytes = fileBytes(feed);
    CHECK(bytes.contains("lock\targon2id"));
    CHECK_FALSE(bytes.contains("Hochul"));

    // The checkbox: the passphrase fields go grey, the warning shows, OK is allowed.
    PassphraseDialog dialog(PassphraseDialog::Mode::Create, QStringLiteral("x.feed"), {});
    dialog.show();
    auto *without = dialog.findChild<QCheckBox *>(QStringLiteral("withoutEncryption"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("withoutEncryptionWarning"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(warning->isVisible());
    QTest::mouseClick(without, Qt::LeftButton, {}, QPoint(5, without->height() / 2));
    CHECK(without->isChecked());
    CHECK(warning->isVisible());
    CHECK(ok->isEnabled());
    CHECK(dialog.withoutEncryption());
    CHECK(dialog.passphrase().isEmpty());
}

TEST_CASE("A team server password kept in the keyring is used in the next session without "
          "asking - never in a plain file",
          "[ui][sync][server][keyring]")
{
    if (!startSecretService()) {
        WARN("No Secret Service could start here (dbus-daemon and gnome-keyring-daemon): the "
             "keyring test did not run.");
        return;
    }
    PostgresServer pg;
    const QString password = QStringLiteral("alice-server-secret");
    pg.addMember(QStringLiteral("alice"), QStringLiteral("nyc"), password);
    const QString feed = pg.url(QStringLiteral("alice"), QStringLiteral("nyc"));
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    int asked = 0;
    const auto answer = [&asked, password](bool remember) {
        return [&asked, password, remember](const QString &, const QString &) {
            ++asked;
            return std::optional<TeamServerLink::PasswordAnswer>({password, remember});
        };
    };
    const auto withoutEncryption = [](PassphraseDialog::Mode, const QString &, const QString &) {
        return std::optional<SyncController::PassphraseAnswer>({QString(), true});
    };
    {
        WindowOnFeed on(t, feed);
        on.controller->teamServer().setPasswordPrompt(answer(true));
        on.controller->setPassphrasePrompt(withoutEncryption);
        on.controller->syncNow(false);
        REQUIRE(on.done.wait(60000));
        CHECK(on.done.last().first().toBool());
        CHECK(asked == 1);
    }
    CHECK(PassphraseKeyring::read(feed, PassphraseKeyring::Secret::ServerPassword) == password);
    CHECK_FALSE(PassphraseKeyring::read(feed)); // not taken for the team passphrase

    otherLaptopAddsAndSyncs(t, feed, QStringLiteral("Phone bank"), {}, password);
    const int before = ActionItemRepository(*t.database).count();
    {
        WindowOnFeed on(t, feed);
        on.controller->teamServer().setPasswordPrompt(answer(false));
        on.controller->syncNow(false);
        REQUIRE(on.done.wait(60000));
        CHECK(on.done.last().first().toBool());
        CHECK(asked == 1); // the keyring answered
    }
    CHECK(ActionItemRepository(*t.database).count() == before + 1);
    CHECK_FALSE(fileBytes(Settings::fileName()).contains(password.toUtf8()));
    CHECK_FALSE(fileBytes(t.path()).contains(password.toUtf8()));
    PassphraseKeyring::forget(feed, PassphraseKeyring::Secret::ServerPassword);
    CHECK_FALSE(PassphraseKeyring::read(feed, PassphraseKeyring::Secret::ServerPassword));
}
