#include "tests/support/LocalFeedServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <stdexcept>

LocalFeedServer::LocalFeedServer(bool tls)
{
    QStringList arguments{QStringLiteral(COALITION_FEED_TEST_SERVER)};
    if (tls) {
        QProcess openssl;
        openssl.setStandardOutputFile(QProcess::nullDevice());
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       certificatePath()});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            throw std::runtime_error("openssl could not make a test certificate");
        arguments << QStringLiteral("--tls") << certificatePath()
                  << m_dir.filePath(QStringLiteral("key.pem"));
    }
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(COALITION_PYTHON), arguments);
    const int lines = tls ? 2 : 1;
    for (int i = 0; i < lines; ++i) {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                throw std::runtime_error("the feed test server did not start");
        }
        const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
        (words.value(0) == "https" ? m_httpsPort : m_httpPort) = words.value(1).toInt();
    }
}

LocalFeedServer::~LocalFeedServer()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString LocalFeedServer::url(const QString &mode, const QString &name) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2/%3").arg(m_httpPort).arg(mode, name);
}

QString LocalFeedServer::secureUrl(const QString &mode, const QString &name) const
{
    return QStringLiteral("https://127.0.0.1:%1/%2/%3").arg(m_httpsPort).arg(mode, name);
}

int LocalFeedServer::putsTo(const QString &mode, const QString &name) const
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(QUrl(url(QStringLiteral("_stats"), QString())))));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(mode + QLatin1Char('/') + name)
        .toInt();
}
