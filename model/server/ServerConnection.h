#pragma once

#include "model/server/ServerAddress.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// How long a team server may keep a statement waiting: on another session's lock (a
// stall), and at all.
struct ServerWaits
{
    int lockMs = 30 * 1000;
    int statementMs = 3 * 60 * 1000;
};

// One connection to a PostgreSQL team server through Qt SQL's QPSQL driver, with TLS as
// the address asks (sslmode, and certificate authorities from caFile), TCP keepalives
// and a time limit per statement, so a server that vanished or stalls ends a sync with a
// message instead of hanging it. Every failure is a CoalitionError naming the server.
class ServerConnection
{
public:
    // Connects; throws CoalitionError (driver missing, server unreachable, wrong
    // password, certificate not trusted…).
    ServerConnection(const ServerAddress &address, const QString &password,
                     const QString &caFile = {}, const ServerWaits &waits = {});
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // Runs sql with values bound to its ? in order (a prepared statement), or, without
    // values, as it is; throws CoalitionError.
    QSqlQuery run(const QString &sql, const QVariantList &values = {});
    void begin();
    void commit();
    void rollback() noexcept;

    const ServerAddress &address() const { return m_address; }
    QSqlDatabase database() const;

private:
    [[noreturn]] void fail(const QString &what, const QString &detail) const;

    ServerAddress m_address;
    QString m_name; // the QSqlDatabase connection's name, unique to this object
};
