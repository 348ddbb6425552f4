#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// tests/support/feed_test_server.py run as a real process on 127.0.0.1: an honest feed
// server and misbehaving ones (stalls, truncation, endless 412, ignored If-Match…),
// chosen by the first segment of the path. With tls, it also serves https with a
// certificate made for the run by the openssl command.
class LocalFeedServer
{
public:
    explicit LocalFeedServer(bool tls = false);
    ~LocalFeedServer();

    QString url(const QString &mode, const QString &name = QStringLiteral("team.feed")) const;
    QString secureUrl(const QString &mode, const QString &name = QStringLiteral("team.feed")) const;
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    // How many PUTs reached the feed name through mode, as the server counted them.
    int putsTo(const QString &mode, const QString &name = QStringLiteral("team.feed")) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_httpPort = 0;
    int m_httpsPort = 0;
};
