#include "model/sync/HttpFeedTransport.h"

#include "model/domain/CoalitionError.h"
#include "model/sync/UploadPreconditions.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QThread>

HttpFeedTransport::HttpFeedTransport(const QUrl &url, const Limits &limits, const QString &caFile)
    : m_client(url, limits, caFile)
{}

HttpFeedTransport::~HttpFeedTransport() = default;

bool HttpFeedTransport::isUrl(const QString &feed)
{
    return feed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           feed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString HttpFeedTransport::location() const
{
    return m_client.location();
}

void HttpFeedTransport::checkGuards(const HttpClient::Response &response)
{
    // Under a WebDAV lock no other laptop writes between our GET and our PUT; without
    // one, only the server's If-Match can refuse a stale write, and a server that ignores
    // it must not be written to (the sync stops here, before anything is merged).
    if (m_lock.held() || m_guardsChecked)
        return;
    if (response.status == 200 && response.etag.isEmpty())
        throw CoalitionError(
            QCoreApplication::translate(
                "HttpFeedTransport",
                "The server of %1 sends no ETag and has no WebDAV locks, so it cannot stop one "
                "laptop's sync from replacing another's. Coalition does not write to it. Turn on "
                "ETags or WebDAV locks there, or use a server that has them, such as Apache httpd "
                "with mod_dav. Nothing was changed.")
                .arg(location()));
    const QString note = UploadPreconditions::check(m_client, response.status != 200);
    if (!note.isEmpty())
        m_notes << note;
    m_guardsChecked = true;
}

FeedTransport::Fetched HttpFeedTransport::fetch()
{
    if (!m_lockTried) {
        m_lockTried = true;
        m_lock.acquire();
    }
    HttpClient::Response response = m_client.send("GET", m_client.newRequest());
    // Apache marks an ETag weak for a second after each write, and a weak ETag never
    // matches If-Match: without a lock, wait for it to firm up rather than merge for a
    // store that the server is bound to refuse. (Under our lock If-Match is not needed.)
    for (int wait = 0;
         wait < 3 && !m_lock.held() && response.status == 200 && response.etag.startsWith("W/");
         ++wait) {
        QThread::msleep(400);
        response = m_client.send("GET", m_client.newRequest());
    }
    Fetched fetched;
    if (response.status == 404 || response.status == 410) {
        m_exists = false;
        m_etag.clear();
        checkGuards(response);
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
    checkGuards(response);
    // A feed always has a header: an empty file is one a laptop locked to create the
    // feed (ours, or one that stopped before writing). The feed is not there yet; a
    // write replaces the empty file (under our lock, or If-Match its ETag).
    if (response.body.isEmpty())
        return fetched;
    fetched.exists = true;
    fetched.bytes = response.body;
    return fetched;
}

bool HttpFeedTransport::store(const SegmentedFeed &feed)
{
    const QByteArray bytes = feed.bytes();
    QNetworkRequest request = m_client.newRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
    if (m_lock.held())
        // Every write to a locked feed needs the token, so nobody wrote since our GET.
        request.setRawHeader("If", m_lock.ifHeader());
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
        m_lock.feedWritten();
        return true;
    case 412: // another laptop wrote first, or our lock lapsed (its token is unknown now)
    case 404: // …or the feed went away since we read it
    case 423: // our lock lapsed and another laptop holds the feed's lock
        if (m_lock.held()) {
            // Read and merge again under a new lock.
            m_lock.forget();
            m_lockTried = false;
        }
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
        throw m_client.missingFolder();
    default:
        throw CoalitionError(QCoreApplication::translate(
                                 "HttpFeedTransport",
                                 "The server answered HTTP %1 when storing %2; the feed was not "
                                 "written and nothing was changed here.")
                                 .arg(response.status)
                                 .arg(location()));
    }
}
