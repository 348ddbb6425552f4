#pragma once

#include "tests/support/CoalitionProcess.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Debian's PostgreSQL, started for a test on a free port of 127.0.0.1 with its cluster
// (initdb) in a temporary folder, as the unprivileged user nobody when the test runs as
// root (PostgreSQL refuses to run as root); stopped and removed at the end. Passwords are
// checked (scram-sha-256), as on a real server. The cluster's superuser is "owner"; a
// database "coalition" is made for the team server.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    static QString ownerPassword() { return QStringLiteral("owner-secret"); }
    int port() const { return m_port; }
    // postgresql://member@127.0.0.1:PORT/coalition[?team=TEAM]
    QString url(const QString &member, const QString &team = {}) const;
    // A file in the server's folder holding text (a password file for --password-file).
    QString secretFile(const QString &name, const QString &text) const;

    // The team server set up in the database (coalition server init, as the owner) and
    // member added to team with password: the real commands, as an owner runs them.
    void addMember(const QString &member, const QString &team, const QString &password) const;

    // psql as member (password given) on the coalition database, stopping at the first
    // error: the way a member could reach the server without Coalition.
    ProcessRun psql(const QString &member, const QString &password, const QString &sql) const;

    // pg_ctl stop -m immediate: the server dies as in a power cut (recovery at the next
    // start), or stop -m fast; start() brings it back on the same port.
    void kill();
    void stop();
    void start();

    // Restarts the server with TLS on (ssl = on), its certificate made for the run by the
    // openssl command for 127.0.0.1 and signed by itself; returns the certificate's path
    // (the authority a laptop must trust).
    QString enableTls();

private:
    void stopWith(const QString &mode); // pg_ctl stop -m mode
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;
    ProcessRun run(const QString &program, const QStringList &arguments,
                   const QStringList &environment = {}) const;
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    QTemporaryDir m_dir;
    QString m_bin; // the folder of initdb and pg_ctl
    int m_port = 0;
    bool m_running = false;
    bool m_tls = false;
};
