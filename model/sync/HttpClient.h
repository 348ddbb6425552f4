#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

class CoalitionError;
class QNetworkAccessManager;
class QNetworkRequest;

// Requests to one URL that block the calling thread, each given up after a stall (no
// bytes for transferTimeout) and all of them at one deadline; an https → http redirect,
// a TLS error, a broken-off body and one larger than maxBytes throw CoalitionError.
class HttpClient
{
public:
    struct Limits
    {
        int transferTimeoutMs = 30 * 1000;
        int deadlineMs = 3 * 60 * 1000;
        qint64 maxBytes = 512LL * 1024 * 1024;
    };
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray etag;
        QByteArray lockToken; // WebDAV's Lock-Token header
        QByteArray server;    // the Server header ("nginx/1.22.1"), for messages
    };

    // caFile: extra certificate authorities (PEM) to trust.
    HttpClient(const QUrl &url, const Limits &limits, const QString &caFile = {});
    ~HttpClient();

    // The URL without user name and password, for messages and logs.
    QString location() const;
    static QString location(const QUrl &url);
    // The feed's URL, user name and password included.
    QUrl url() const { return m_url; }
    // "The folder … does not exist on the server", for a feed whose folder is missing.
    CoalitionError missingFolder() const;
    // "The server could not create the feed in its folder", for a 409 in one that exists.
    CoalitionError unwritableFolder() const;
    // A request for the feed's URL, or for another one on the same server.
    QNetworkRequest newRequest() const;
    QNetworkRequest newRequest(const QUrl &url) const;
    Response send(const QByteArray &verb, const QNetworkRequest &request,
                  const QByteArray &body = {});

private:
    QUrl m_url;
    Limits m_limits;
    QDeadlineTimer m_deadline;
    QList<QSslCertificate> m_authorities;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
