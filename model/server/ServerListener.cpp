#include "model/server/ServerListener.h"

#include "model/domain/CoalitionError.h"
#include "model/server/ServerConnection.h"
#include "model/server/ServerFeed.h"
#include "model/server/ServerSchema.h"

#include <QSqlDriver>
#include <QSqlError>

ServerListener::ServerListener(const ServerAddress &address, const QString &password,
                               const QString &caFile, QObject *parent)
    : QObject(parent), m_address(address), m_password(password), m_caFile(caFile)
{
    connect(&m_timer, &QTimer::timeout, this, &ServerListener::check);
    m_timer.start(checkIntervalMs);
    // Once the caller has connected to the signals.
    QTimer::singleShot(0, this, &ServerListener::connectNow);
}

ServerListener::~ServerListener() = default;

void ServerListener::connectNow()
{
    try {
        auto connection = std::make_unique<ServerConnection>(m_address, m_password, m_caFile);
        ServerSchema::check(*connection);
        QSqlDriver *driver = connection->database().driver();
        if (!driver->subscribeToNotification(ServerFeed::channelFor(m_address.team())))
            throw CoalitionError(driver->lastError().text());
        connect(driver, &QSqlDriver::notification, this, [this] { emit poked(); });
        m_connection = std::move(connection);
    } catch (const CoalitionError &error) {
        goOffline(error.message());
        return;
    }
    const bool back = m_announced.has_value();
    m_announced = true;
    emit onlineChanged(true, {});
    if (back)
        emit poked(); // pushes made while it was away sent no poke this way
}

void ServerListener::check()
{
    if (!m_connection) {
        connectNow();
        return;
    }
    try {
        m_connection->run(QStringLiteral("SELECT 1"));
    } catch (const CoalitionError &error) {
        goOffline(error.message());
    }
}

void ServerListener::goOffline(const QString &why)
{
    m_connection.reset();
    if (m_announced == false)
        return; // said already
    m_announced = false;
    emit onlineChanged(false, why);
}
