#pragma once

#include "app/desktop/TeamServerLink.h"
#include "ui/dialogs/PassphraseDialog.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <functional>
#include <optional>

class Clock;
class Database;
class MainWindow;

// Wires sync to the window: File > Sync now (F5), the auto-sync timer, a change of the
// feed file (QFileSystemWatcher; the timer also polls network drives) and another
// laptop's push to a team server (TeamServerLink) each start a sync on a worker thread
// with its own database connection, so the window never freezes.
// When it ends, every list reads again and the status bar says what arrived.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(Database &database, const Clock &clock, MainWindow &window);
    ~SyncController() override;

    bool isSyncing() const { return m_worker != nullptr; }
    // Starts a sync unless one runs or no feed is set; manual ones report refusals loudly.
    void syncNow(bool manual = true, bool allowMassDelete = false);
    // What the file watcher calls when the feed file changed: a sync, unless the change
    // is the one our own last sync wrote.
    void feedChanged(const QString &path);
    QStringList watchedFiles() const { return m_watcher.files(); }

    // What the person answered when a sync needed the team passphrase: the passphrase,
    // or the choice to write a new feed without encryption. Nothing: they cancelled.
    struct PassphraseAnswer
    {
        QString passphrase;
        bool withoutEncryption = false;
        bool remember = false; // keep it in the desktop's keyring once it has synced
    };
    using PassphrasePrompt = std::function<std::optional<PassphraseAnswer>(
        PassphraseDialog::Mode mode, const QString &feedName, const QString &problem)>;
    // The seam tests answer through; the window shows a PassphraseDialog.
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_prompt = std::move(prompt); }
    TeamServerLink &teamServer() { return m_server; }

signals:
    void finished(bool ok, const QString &message);

private:
    void readSettings();
    void onWorkerDone();
    // Asks for the passphrase the last sync needed; true when it should run again.
    bool askForPassphrase();

    Database &m_database;
    const Clock &m_clock;
    MainWindow &m_window;
    QTimer m_timer;
    QFileSystemWatcher m_watcher;
    QString m_feed;
    QThread *m_worker = nullptr;
    bool m_manual = false;
    bool m_ok = false;
    bool m_massDelete = false; // the sync stopped before deleting most records
    QString m_message;
    // The sync stopped for the passphrase (PassphraseNeeded's reason), if it did.
    std::optional<int> m_passphraseReason;
    bool m_withoutEncryption = false; // chosen in the dialog for a feed made this session
    bool m_promptDeclined = false;    // automatic syncs ask once a session at most
    bool m_keyringTried = false;      // the keyring was asked for this feed's passphrase
    bool m_rememberAfterSync = false; // the person asked to keep the passphrase
    PassphrasePrompt m_prompt;
    // The feed as our own last sync left it: the watcher's report of that write is no news.
    QString m_feedAfterOwnSync;
    TeamServerLink m_server;
    // The sync stopped for the team server's password (its reason), if it did.
    std::optional<int> m_serverPasswordReason;
    bool m_pokedWhileSyncing = false; // another laptop pushed during this sync
    void serverOnlineChanged(bool online, const QString &why);
};
