#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Debian's Apache httpd with mod_dav, started for a test on a free port of 127.0.0.1
// with its own configuration, document root and logs in a temporary folder: a real
// team server that honours If-Match and If-None-Match on PUT.
class ApacheDavServer
{
public:
    ApacheDavServer();
    ~ApacheDavServer();

    QString url(const QString &name = QStringLiteral("team.feed")) const;
    QString documentRoot() const { return m_dir.filePath(QStringLiteral("www")); }
    QString errorLog() const;
    // The requests answered so far, oldest first, as "METHOD STATUS" ("LOCK 423").
    QStringList requests() const;

private:
    bool start(int port);

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};
