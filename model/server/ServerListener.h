#pragma once

#include "model/server/ServerAddress.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class ServerConnection;

// Listens on a connection of its own for another laptop's push to the team's feed
// (LISTEN through QSqlDriver::subscribeToNotification; the poke carries no data) and
// notices when the server goes away and comes back, checking the connection every few
// seconds. Lives on the thread with the event loop (the window's).
class ServerListener : public QObject
{
    Q_OBJECT

public:
    ServerListener(const ServerAddress &address, const QString &password, const QString &caFile,
                   QObject *parent = nullptr);
    ~ServerListener() override;

    static constexpr int checkIntervalMs = 5000;

signals:
    // The feed may hold something new: another laptop pushed, or the server is back
    // after being out of reach (what was missed is read at the next sync).
    void poked();
    // The server went out of reach (why: its message) or came back (why is empty).
    void onlineChanged(bool online, const QString &why);

private:
    void connectNow();
    void check();
    void goOffline(const QString &why);

    ServerAddress m_address;
    QString m_password;
    QString m_caFile;
    std::unique_ptr<ServerConnection> m_connection;
    QTimer m_timer;
    std::optional<bool> m_announced; // the last onlineChanged(), none before the first
};
