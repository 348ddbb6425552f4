#pragma once

#include "model/sync/FeedTransport.h"
#include "model/sync/HttpClient.h"

// A feed on a team server that speaks plain HTTP(S) with ETags, such as Apache or nginx
// with WebDAV, or any file host that honours If-Match. GET remembers the ETag; PUT sends
// If-Match with it (If-None-Match: * to create), so a server answers 412 instead of
// letting one laptop overwrite another's sync. A WebDAV server is also asked for a write
// lock on the feed for the length of the sync: Apache checks If-Match and then writes,
// so two PUTs checked at the same moment could both pass; the lock serialises them.
// Servers without locks (405 or 501) are synced with If-Match alone.
class HttpFeedTransport : public FeedTransport
{
public:
    using Limits = HttpClient::Limits;

    // caFile: extra certificate authorities (PEM) to trust, for a server whose
    // certificate the team made itself.
    HttpFeedTransport(const QUrl &url, const Limits &limits, const QString &caFile = {});
    ~HttpFeedTransport() override; // releases the lock

    static bool isUrl(const QString &feed);

    QString location() const override;
    Fetched fetch() override;
    bool store(const QByteArray &bytes) override;
    QStringList notes() const override { return m_notes; }

private:
    // Takes the WebDAV write lock on an existing feed, waiting while another laptop
    // holds it; nothing when the server has no locks.
    void lock();
    void unlock() noexcept;

    HttpClient m_client;
    bool m_lockTried = false;
    QByteArray m_lockToken; // "<opaquelocktoken:…>"
    // Our lock made the (empty) feed file: removed again unless we write the feed.
    bool m_lockMadeFile = false;
    bool m_exists = false;
    QByteArray m_etag;
    QStringList m_notes;
};
