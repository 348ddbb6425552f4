#pragma once

#include "FeedTransport.h"

#include <QDeadlineTimer>
#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

// A feed on a team server that speaks plain HTTP(S) with ETags, such as Apache or nginx
// with WebDAV, or any file host that honours If-Match. GET remembers the ETag; PUT sends
// If-Match with it (If-None-Match: * to create), so a server answers 412 instead of
// letting one laptop overwrite another's sync. Every request gives up after a stall
// (no bytes for transferTimeout) and the whole sync after its deadline; an https → http
// redirect, a TLS error and a response larger than maxBytes are errors. Blocks the
// calling thread (the window syncs on a worker thread).
class HttpFeedTransport : public FeedTransport
{
public:
    struct Limits
    {
        int transferTimeoutMs = 30 * 1000;
        int deadlineMs = 3 * 60 * 1000;
        qint64 maxBytes = 512LL * 1024 * 1024;
    };

    // caFile: extra certificate authorities (PEM) to trust, for a server whose
    // certificate the team made itself.
    HttpFeedTransport(const QUrl &url, const Limits &limits, const QString &caFile = {});
    ~HttpFeedTransport() override;

    static bool isUrl(const QString &feed);

    QString location() const override;
    Fetched fetch() override;
    bool store(const QByteArray &bytes) override;
    QStringList notes() const override { return m_notes; }

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray etag;
    };
    Response send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body = {});
    QNetworkRequest newRequest() const;

    QUrl m_url;
    Limits m_limits;
    QDeadlineTimer m_deadline;
    QList<QSslCertificate> m_authorities;
    std::unique_ptr<QNetworkAccessManager> m_network;
    bool m_exists = false;
    QByteArray m_etag;
    QStringList m_notes;
};
