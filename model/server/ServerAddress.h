#pragma once

#include <QString>
#include <QUrl>

// Where a team's feed lives on a PostgreSQL team server, as PostgreSQL users write it:
// postgresql://member@host:5432/dbname?team=NAME[&sslmode=MODE][&connect_timeout=S].
// The password never goes in it (it is stored in settings and shown in the sync log):
// parse() refuses an address that carries one.
class ServerAddress
{
public:
    static bool isServerUrl(const QString &text);
    // A sync names its team; the owner's commands (server init…) need none.
    enum class Team
    {
        Required,
        Optional
    };
    // Throws CoalitionError, with a message for people, for an address that is not one.
    static ServerAddress parse(const QString &text, Team team = Team::Required);

    QString member() const { return m_member; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString team() const { return m_team; }
    // libpq's sslmode: as given, else verify-full — the certificate checked against the
    // trusted authorities and the host name — except on the laptop itself (127.0.0.1,
    // ::1, localhost), where it is prefer.
    QString sslMode() const { return m_sslMode; }
    int connectTimeoutSeconds() const { return m_connectTimeout; }
    // The address for people and for the sync journal.
    QString text() const;

private:
    QString m_member;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_team;
    QString m_sslMode;
    int m_connectTimeout = 10;
};
