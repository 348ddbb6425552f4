#include "model/sync/HttpFeedTransport.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QThread>

HttpFeedTransport::HttpFeedTransport(const QUrl &url, const Limits &limits, const QString &caFile)
    : m_client(url, limits, caFile)
{}

HttpFeedTransport::~HttpFeedTransport()
{
    unlock();
}

bool HttpFeedTransport::isUrl(const QString &feed)
{
    return feed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           feed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString HttpFeedTransport::location() const
{
    return m_client.location();
}

void HttpFeedTransport::lock()
{
    m_lockTried = true;
    // A missing feed is locked too: two laptops creating it at once both passed Apache's
    // If-None-Match, and the later write replaced the first laptop's team, which a third
    // had already joined and then refused for good. Locking a missing feed makes an
    // empty file, which every laptop takes for "not written yet" (see fetch()).
    const int head = m_client.send("HEAD", m_client.newRequest()).status;
    if (head != 200 && head != 404)
        return;
    QNetworkRequest request = m_client.newRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/xml; charset=utf-8"));
    request.setRawHeader("Depth", "0");
    // Long enough for a large feed; a crashed laptop's lock lapses by itself.
    request.setRawHeader("Timeout", "Second-120");
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                            "<D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/>"
                            "</D:lockscope><D:locktype><D:write/></D:locktype>"
                            "<D:owner>Coalition sync</D:owner></D:lockinfo>";
    for (int attempt = 0;; ++attempt) {
        const HttpClient::Response response = m_client.send("LOCK", request, body);
        if (response.status == 200) {
            m_lockToken = response.lockToken;
            return;
        }
        if (response.status == 201) {
            // No feed yet: this laptop creates it, the others wait for our lock.
            m_lockToken = response.lockToken;
            m_lockMadeFile = true;
            return;
        }
        if (response.status != 423)
            return; // no WebDAV locks here: If-Match alone guards the writes
        // Another laptop is syncing; its lock ends with its sync.
        if (attempt >= 40)
            throw CoalitionError(QCoreApplication::translate(
                                     "HttpFeedTransport",
                                     "Another laptop is syncing with %1 right now; try again in a "
                                     "moment.")
                                     .arg(location()));
        QThread::msleep(250 + 50 * qMin(attempt, 10));
    }
}

void HttpFeedTransport::unlock() noexcept
{
    if (m_lockToken.isEmpty())
        return;
    try {
        QNetworkRequest request = m_client.newRequest();
        if (m_lockMadeFile) {
            // Never written: take the empty file away again, and the lock with it, so
            // the feed is as missing as it was.
            request.setRawHeader("If", "(" + m_lockToken + ")");
            m_client.send("DELETE", request);
        } else {
            request.setRawHeader("Lock-Token", m_lockToken);
            m_client.send("UNLOCK", request);
        }
    } catch (const CoalitionError &) {
        // The lock lapses on its own at its timeout.
    }
    m_lockToken.clear();
}

FeedTransport::Fetched HttpFeedTransport::fetch()
{
    if (!m_lockTried)
        lock();
    HttpClient::Response response = m_client.send("GET", m_client.newRequest());
    // Apache marks an ETag weak for a second after each write, and a weak ETag never
    // matches If-Match: without a lock, wait for it to firm up rather than merge for a
    // store that the server is bound to refuse. (Under our lock If-Match is not needed.)
    for (int wait = 0; wait < 3 && m_lockToken.isEmpty() && response.status == 200 &&
                       response.etag.startsWith("W/");
         ++wait) {
        QThread::msleep(400);
        response = m_client.send("GET", m_client.newRequest());
    }
    Fetched fetched;
    if (response.status == 404 || response.status == 410) {
        m_exists = false;
        m_etag.clear();
        return fetched;
    }
    if (response.status == 401 || response.status == 403)
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server refused access to %1 (HTTP %2); check the user name "
                                 "and password in the address.")
                                 .arg(location())
                                 .arg(response.status));
    if (response.status != 200)
        throw CoalitionError(
            QCoreApplication::translate("HttpFeedTransport",
                                        "The server answered HTTP %1 for %2; nothing was changed.")
                .arg(response.status)
                .arg(location()));
    m_exists = true;
    // Sent back as it came, weak or strong: a weak one (Apache's for a second after each
    // write) fails If-Match with 412 and the sync simply tries again a moment later.
    m_etag = response.etag;
    // A feed always has a header: an empty file is one a laptop locked to create the
    // feed (ours, or one that stopped before writing). The feed is not there yet; a
    // write replaces the empty file (under our lock, or If-Match its ETag).
    if (response.body.isEmpty())
        return fetched;
    if (m_etag.isEmpty() && m_notes.isEmpty())
        m_notes << QCoreApplication::translate(
                       "HttpFeedTransport",
                       "The server of %1 sends no ETag, so it cannot stop two laptops writing "
                       "at once; edits are never lost but may take another sync to reach "
                       "everyone.")
                       .arg(location());
    fetched.exists = true;
    fetched.bytes = response.body;
    return fetched;
}

bool HttpFeedTransport::store(const QByteArray &bytes)
{
    QNetworkRequest request = m_client.newRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    if (!m_lockToken.isEmpty())
        // Every write to a locked feed needs the token, so nobody wrote since our GET.
        request.setRawHeader("If", "(" + m_lockToken + ")");
    else if (!m_exists)
        request.setRawHeader("If-None-Match", "*");
    else if (!m_etag.isEmpty())
        request.setRawHeader("If-Match", m_etag);
    const HttpClient::Response response = m_client.send("PUT", request, bytes);
    switch (response.status) {
    case 200:
    case 201:
    case 204:
        m_exists = true;
        m_etag = response.etag;
        m_lockMadeFile = false;
        return true;
    case 412: // another laptop wrote first
    case 404: // …or the feed went away since we read it
        return false;
    case 401:
    case 403:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server refused to store %1 (HTTP %2); check the user name "
                                 "and password in the address and the folder's permissions.")
                                 .arg(location())
                                 .arg(response.status));
    case 405:
    case 501:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server of %1 does not accept uploads (HTTP %2); is WebDAV "
                                 "or PUT enabled there?")
                                 .arg(location())
                                 .arg(response.status));
    case 409:
        throw CoalitionError(
            QCoreApplication::translate("HttpFeedTransport",
                                        "The folder of %1 does not exist on the server (HTTP 409).")
                .arg(location()));
    default:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server answered HTTP %1 when storing %2; the feed was not "
                                 "written and nothing was changed here.")
                                 .arg(response.status)
                                 .arg(location()));
    }
}
