#include "app/desktop/SyncController.h"

#include "app/desktop/PassphraseKeyring.h"
#include "model/domain/CoalitionError.h"
#include "model/feed/PassphraseNeeded.h"
#include "model/server/ServerAddress.h"
#include "model/server/ServerPasswordNeeded.h"
#include "model/settings/AppPaths.h"
#include "model/settings/Settings.h"
#include "model/storage/Database.h"
#include "model/sync/FeedSync.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QThread>
#include <QTime>
#include <QUrl>

namespace {

// Size and modification time: enough to tell our own write from a later one by another laptop.
QString feedSignature(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return QString::number(info.size()) + QLatin1Char('@') +
           QString::number(info.lastModified().toMSecsSinceEpoch());
}

// The feed's name for the status bar: a file's name, or a URL's last segment and host
// or a team server's team and host (never a password).
QString feedName(const QString &feed)
{
    if (ServerAddress::isServerUrl(feed)) {
        try {
            const ServerAddress address = ServerAddress::parse(feed);
            return QCoreApplication::translate("SyncController", "team %1 on %2")
                .arg(address.team(), address.host());
        } catch (const CoalitionError &) {
            return feed; // the sync says what is wrong with it
        }
    }
    if (!HttpFeedTransport::isUrl(feed))
        return QFileInfo(feed).fileName();
    const QUrl url(feed);
    return QCoreApplication::translate("SyncController", "%1 on %2")
        .arg(url.fileName(), url.host());
}

} // namespace

SyncController::SyncController(Database &database, const Clock &clock, MainWindow &window)
    : QObject(&window), m_database(database), m_clock(clock), m_window(window), m_server(window)
{
    connect(&m_server, &TeamServerLink::poked, this, [this] {
        if (isSyncing())
            m_pokedWhileSyncing = true;
        else
            syncNow(false);
    });
    connect(&m_server, &TeamServerLink::onlineChanged, this, &SyncController::serverOnlineChanged);
    connect(&window, &MainWindow::syncRequested, this, [this] { syncNow(true); });
    connect(&window, &MainWindow::preferencesChanged, this, &SyncController::readSettings);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(false); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SyncController::feedChanged);
    m_prompt = [this](PassphraseDialog::Mode mode, const QString &feed,
                      const QString &problem) -> std::optional<PassphraseAnswer> {
        PassphraseDialog dialog(mode, feed, problem, &m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return PassphraseAnswer{dialog.passphrase(), dialog.withoutEncryption(), dialog.remember()};
    };
    readSettings();
}

void SyncController::feedChanged(const QString &path)
{
    // A sync tool that replaces the file makes the watcher lose it; add it back then.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (!isSyncing() && feedSignature(path) != m_feedAfterOwnSync)
        syncNow(false);
}

SyncController::~SyncController()
{
    if (m_worker) {
        m_worker->wait(); // never leave a sync half-way when the window closes
        // Its finished() is not handled any more (onWorkerDone deletes it otherwise): a
        // sync a team server's poke started just before the window closed, say.
        disconnect(m_worker, nullptr, this, nullptr);
        delete m_worker;
    }
}

void SyncController::readSettings()
{
    const Settings settings;
    if (settings.text(Settings::Key::SyncFeed) != m_feed)
        m_keyringTried = false;
    m_feed = settings.text(Settings::Key::SyncFeed);
    m_server.setFeed(m_feed, settings.text(Settings::Key::SyncCaFile));
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_feed.isEmpty() && QFileInfo::exists(m_feed))
        m_watcher.addPath(m_feed);
    const int minutes = settings.number(Settings::Key::SyncMinutes);
    if (minutes > 0 && !m_feed.isEmpty())
        m_timer.start(minutes * 60 * 1000);
    else
        m_timer.stop();
    m_window.setSyncStatus(m_feed.isEmpty() ? tr("Sync: no shared feed set (Preferences)")
                                            : tr("Sync: %1").arg(feedName(m_feed)));
}

void SyncController::syncNow(bool manual, bool allowMassDelete)
{
    if (isSyncing() || m_feed.isEmpty()) {
        if (manual && m_feed.isEmpty())
            QMessageBox::information(
                &m_window, tr("Sync"),
                tr("Choose the team's shared feed, a file or a URL, in Preferences first."));
        return;
    }
    m_manual = manual;
    m_window.setSyncStatus(tr("Syncing…"));
    const QString databasePath = m_database.path();
    const QString author = m_database.author();
    FeedSync::Options options;
    options.feed = m_feed;
    options.passphrase = m_window.passphrase();
    options.serverPassword = m_server.password();
    options.caFile = Settings().text(Settings::Key::SyncCaFile);
    options.noEncryption = m_withoutEncryption;
    options.allowMassDelete = allowMassDelete;
    // No preference field: for a team server on a slow link, an administrator may raise it.
    options.limits.transferTimeoutMs = Settings().number(Settings::Key::SyncStallSeconds) * 1000;
    m_massDelete = false;
    m_passphraseReason.reset();
    m_serverPasswordReason.reset();
    m_pokedWhileSyncing = false;
    const Clock &clock = m_clock;
    m_worker = QThread::create([this, databasePath, author, options, &clock] {
        // Its own connection: SQLite connections belong to the thread that made them.
        try {
            const auto database =
                Database::open(databasePath, clock, Database::OpenMode::MustExist);
            database->setAuthor(author);
            const FeedSync::Outcome outcome = FeedSync::sync(*database, options);
            m_ok = true;
            m_message = outcome.summary.describe();
        } catch (const PassphraseNeeded &error) {
            m_ok = false;
            m_passphraseReason = int(error.reason());
            m_message = error.message();
        } catch (const MassDeleteRefused &error) {
            m_ok = false;
            m_massDelete = true;
            m_message = error.message();
        } catch (const ServerPasswordNeeded &error) {
            m_ok = false;
            m_serverPasswordReason = int(error.reason());
            m_message = error.message();
        } catch (const CoalitionError &error) {
            m_ok = false;
            m_message = error.message();
        }
    });
    connect(m_worker, &QThread::finished, this, &SyncController::onWorkerDone);
    m_worker->start();
}

void SyncController::onWorkerDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_feedAfterOwnSync = feedSignature(m_feed);
    if (!m_watcher.files().contains(m_feed) && QFileInfo::exists(m_feed))
        m_watcher.addPath(m_feed); // a first sync has just created it
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    if (m_passphraseReason && askForPassphrase()) {
        syncNow(m_manual);
        return;
    }
    if (m_serverPasswordReason &&
        m_server.askForPassword(ServerPasswordNeeded::Reason(*m_serverPasswordReason), m_manual)) {
        syncNow(m_manual);
        return;
    }
    if (m_ok) {
        m_database.notifier().announceExternalChange();
        QString kept;
        const QString notKept = m_server.syncSucceeded();
        if (!notKept.isEmpty())
            kept = QStringLiteral(" ") +
                   tr("(The password could not be kept in the keyring: %1)").arg(notKept);
        if (m_rememberAfterSync) {
            m_rememberAfterSync = false;
            const QString failure = PassphraseKeyring::store(m_feed, m_window.passphrase());
            if (!failure.isEmpty())
                kept = QStringLiteral(" ") +
                       tr("(The passphrase could not be kept in the keyring: %1)").arg(failure);
        }
        m_window.setSyncStatus(tr("Last sync %1: %2").arg(time, m_message) + kept);
    } else if (m_massDelete) {
        // Never delete most of the data without a person saying so.
        m_window.setSyncStatus(tr("Sync waiting at %1: %2").arg(time, m_message));
        const auto answer = QMessageBox::question(
            &m_window, tr("Sync would delete many records"),
            m_message + QStringLiteral("\n\n") +
                tr("Delete them here too? Choose No to keep them and look into it first."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            emit finished(false, m_message);
            syncNow(m_manual, true);
            return;
        }
    } else if (m_passphraseReason) {
        // The person cancelled: no message about command-line options.
        m_window.setSyncStatus(
            tr("Sync waiting at %1: the team passphrase is needed (File > Sync now, F5)")
                .arg(time));
    } else {
        m_window.setSyncStatus(tr("Sync failed at %1: %2").arg(time, m_message));
        if (m_manual)
            QMessageBox::warning(&m_window, tr("Sync"), m_message);
        // A team server out of reach: the listener says so and syncs when it is back.
        if (!m_serverPasswordReason)
            m_server.listen();
    }
    emit finished(m_ok, m_message);
    if (m_pokedWhileSyncing) // what another laptop pushed meanwhile may not be in it
        syncNow(false);
}

void SyncController::serverOnlineChanged(bool online, const QString &why)
{
    if (online || isSyncing())
        return; // back: the poke that follows syncs, and the sync's result is shown
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    m_window.setSyncStatus(tr("Team server out of reach since %1: working offline").arg(time),
                           tr("Edits made here sync when the server is back. %1").arg(why));
}

bool SyncController::askForPassphrase()
{
    if (!m_manual && m_promptDeclined)
        return false;
    const auto reason = PassphraseNeeded::Reason(*m_passphraseReason);
    // A passphrase the person kept in the keyring comes first, once per feed.
    if (reason == PassphraseNeeded::Reason::Missing && !m_keyringTried) {
        m_keyringTried = true;
        if (const std::optional<QString> kept = PassphraseKeyring::read(m_feed)) {
            m_window.setPassphrase(*kept);
            return true;
        }
    }
    const auto mode = reason == PassphraseNeeded::Reason::NewFeed ? PassphraseDialog::Mode::Create
                                                                  : PassphraseDialog::Mode::Unlock;
    const QString problem = reason == PassphraseNeeded::Reason::Wrong
                                ? tr("That passphrase does not open this feed. Check it with "
                                     "whoever gave it to you.")
                                : QString();
    const std::optional<PassphraseAnswer> answer = m_prompt(mode, feedName(m_feed), problem);
    if (!answer) {
        m_promptDeclined = true;
        return false;
    }
    m_window.setPassphrase(answer->passphrase);
    m_withoutEncryption = answer->withoutEncryption;
    m_rememberAfterSync = answer->remember;
    return true;
}
