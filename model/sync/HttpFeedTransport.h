#pragma once

#include "model/sync/FeedTransport.h"
#include "model/sync/HttpClient.h"
#include "model/sync/WebDavLock.h"

// A feed on a team server that speaks HTTP(S) with ETags or WebDAV locks, such as Apache
// httpd with mod_dav or nginx with libnginx-mod-http-dav-ext's locks. A WebDAV server is
// asked for a write lock on the feed for the length of the sync (WebDavLock), and every
// write carries its token. Without locks, GET remembers the ETag and PUT sends If-Match
// with it (If-None-Match: * to create), so the server answers 412 instead of letting one
// laptop overwrite another's sync; such a server is first checked to honour them
// (UploadPreconditions), and one that does not is refused before anything is written.
class HttpFeedTransport : public FeedTransport
{
public:
    using Limits = HttpClient::Limits;

    // caFile: extra certificate authorities (PEM) to trust, for a server whose
    // certificate the team made itself.
    HttpFeedTransport(const QUrl &url, const Limits &limits, const QString &caFile = {});
    ~HttpFeedTransport() override; // releases the lock (WebDavLock)

    static bool isUrl(const QString &feed);

    QString location() const override;
    Fetched fetch() override;
    bool store(const SegmentedFeed &feed) override;
    QStringList notes() const override { return m_notes; }

private:
    // Without a lock: refuses a server that cannot keep laptops from overwriting each
    // other (no ETag, preconditions ignored), once per sync, before anything is merged.
    void checkGuards(const HttpClient::Response &response);

    HttpClient m_client;
    WebDavLock m_lock{m_client}; // after m_client: released before the client goes
    bool m_lockTried = false;
    bool m_guardsChecked = false;
    bool m_exists = false;
    QByteArray m_etag;
    QStringList m_notes;
};
