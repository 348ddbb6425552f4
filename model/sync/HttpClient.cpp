#include "model/sync/HttpClient.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace {

// A request in flight, watched for stalls, the deadline and its size. Collects the body
// as it arrives so an oversized one is cut off early instead of filling memory.
class Exchange
{
public:
    enum class Stop
    {
        None,
        Stalled,
        Deadline,
        TooLarge
    };

    Exchange(QNetworkReply *reply, int stallMs, const QDeadlineTimer &deadline, qint64 maxBytes)
        : m_reply(reply), m_maxBytes(maxBytes)
    {
        m_stall.setSingleShot(true);
        m_stall.setInterval(stallMs);
        QObject::connect(&m_stall, &QTimer::timeout, reply, [this] { stop(Stop::Stalled); });
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, reply, [this] { stop(Stop::Deadline); });
        auto alive = [this] {
            m_stall.start();
        };
        QObject::connect(reply, &QNetworkReply::uploadProgress, reply, alive);
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, alive);
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [this] {
            m_stall.start();
            bool known = false;
            const qint64 length =
                m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
            if (known && length > m_maxBytes)
                stop(Stop::TooLarge);
        });
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [this] {
            m_stall.start();
            m_body += m_reply->readAll();
            if (m_body.size() > m_maxBytes)
                stop(Stop::TooLarge);
        });
        QObject::connect(reply, &QNetworkReply::finished, &m_loop, &QEventLoop::quit);
        m_stall.start();
        m_deadline.start(int(qBound(qint64(0), deadline.remainingTime(), qint64(INT_MAX))));
    }

    void wait()
    {
        if (!m_reply->isFinished())
            m_loop.exec();
        if (m_stop == Stop::None)
            m_body += m_reply->readAll();
    }
    Stop stopped() const { return m_stop; }
    const QByteArray &body() const { return m_body; }

private:
    void stop(Stop why)
    {
        if (m_stop != Stop::None)
            return;
        m_stop = why;
        m_reply->abort();
    }

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    QTimer m_stall;
    QTimer m_deadline;
    QEventLoop m_loop;
    QByteArray m_body;
    Stop m_stop = Stop::None;
};

} // namespace

HttpClient::HttpClient(const QUrl &url, const Limits &limits, const QString &caFile)
    : m_url(url), m_limits(limits), m_deadline(limits.deadlineMs),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    if (!m_url.isValid() || m_url.host().isEmpty())
        throw CoalitionError(QCoreApplication::translate("HttpFeedTransport",
                                                         "The feed address %1 is not a valid URL.")
                                 .arg(location()));
    if (!caFile.isEmpty()) {
        m_authorities = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (m_authorities.isEmpty())
            throw CoalitionError(QCoreApplication::translate(
                                     "HttpFeedTransport", "No certificate could be read from %1.")
                                     .arg(caFile));
    }
    // Never follow a redirect from https to http: the feed must not travel unencrypted.
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

QString HttpClient::location() const
{
    return location(m_url);
}

QString HttpClient::location(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword | QUrl::RemoveUserInfo);
}

CoalitionError HttpClient::missingFolder() const
{
    return CoalitionError(
        QCoreApplication::translate("HttpFeedTransport",
                                    "The folder %1 does not exist on the server; create it there "
                                    "(or correct the feed's address) and sync again. Nothing was "
                                    "changed.")
            .arg(location(m_url.resolved(QUrl(QStringLiteral("."))))));
}

CoalitionError HttpClient::unwritableFolder() const
{
    return CoalitionError(
        QCoreApplication::translate(
            "HttpFeedTransport", "The server could not create %1 in its folder (HTTP 409); check "
                                 "that the server may write to the folder %2. Nothing was "
                                 "changed.")
            .arg(location(), location(m_url.resolved(QUrl(QStringLiteral("."))))));
}

QNetworkRequest HttpClient::newRequest() const
{
    return newRequest(m_url);
}

QNetworkRequest HttpClient::newRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Cache-Control", "no-cache");
    // Compression makes some servers (Apache's mod_deflate) change the ETag, which then
    // never matches on PUT; the feed's bytes must be the ones the ETag names.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Coalition/%1").arg(QCoreApplication::applicationVersion()));
    if (!m_authorities.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_authorities);
        request.setSslConfiguration(tls);
    }
    return request;
}

HttpClient::Response HttpClient::send(const QByteArray &verb, const QNetworkRequest &request,
                                      const QByteArray &body)
{
    if (m_deadline.hasExpired())
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The sync with %1 ran out of time (%2 s); nothing was changed.")
                                 .arg(location())
                                 .arg(m_limits.deadlineMs / 1000));
    // Qt knows HEAD has no body only when asked through head().
    std::unique_ptr<QNetworkReply> reply(verb == "HEAD"
                                             ? m_network->head(request)
                                             : m_network->sendCustomRequest(request, verb, body));
    Exchange exchange(reply.get(), m_limits.transferTimeoutMs, m_deadline, m_limits.maxBytes);
    exchange.wait();

    switch (exchange.stopped()) {
    case Exchange::Stop::Stalled:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server of %1 stopped answering (nothing for %2 s); nothing "
                                 "was changed.")
                                 .arg(location())
                                 .arg(m_limits.transferTimeoutMs / 1000.0));
    case Exchange::Stop::Deadline:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The sync with %1 ran out of time (%2 s); nothing was changed.")
                                 .arg(location())
                                 .arg(m_limits.deadlineMs / 1000));
    case Exchange::Stop::TooLarge:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server sent more than %1 MB for %2, more than a feed can "
                                 "be; refused, nothing was changed. Is the address right?")
                                 .arg(m_limits.maxBytes / (1024.0 * 1024.0), 0, 'f', 1)
                                 .arg(location()));
    case Exchange::Stop::None:
        break;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::InsecureRedirectError)
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server of %1 redirected from https to plain http; refused "
                                 "so that the feed never travels unencrypted. Nothing was changed.")
                                 .arg(location()));
    if (error == QNetworkReply::SslHandshakeFailedError)
        throw CoalitionError(
            QCoreApplication::translate("HttpFeedTransport",
                                        "No secure connection to %1: %2. Nothing was changed.")
                .arg(location(), reply->errorString()));
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0)
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport", "Cannot reach %1: %2. Nothing was changed.")
                                 .arg(location(), reply->errorString()));
    // Errors below the proxy range are the connection's own (closed early, reset…).
    if (error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError)
        throw CoalitionError(
            QCoreApplication::translate("HttpFeedTransport",
                                        "The connection to %1 broke off: %2. Nothing was changed.")
                .arg(location(), reply->errorString()));
    response.body = exchange.body();
    bool known = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && verb != "HEAD" && length != response.body.size())
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The connection to %1 broke off after %2 of %3 bytes; nothing was "
                                 "changed.")
                                 .arg(location())
                                 .arg(response.body.size())
                                 .arg(length));
    response.etag = reply->rawHeader("ETag");
    response.lockToken = reply->rawHeader("Lock-Token");
    response.server = reply->rawHeader("Server");
    return response;
}
