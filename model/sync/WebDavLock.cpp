#include "model/sync/WebDavLock.h"

#include "model/domain/CoalitionError.h"
#include "model/sync/HttpClient.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QThread>

int WebDavLock::headStatus()
{
    return m_client.send("HEAD", m_client.newRequest()).status;
}

// Asked before locking a missing feed: nginx answers a LOCK in a missing folder with 409
// and yet keeps the lock, which then blocks every later try (423) until it times out.
bool WebDavLock::folderMissing()
{
    QNetworkRequest request =
        m_client.newRequest(m_client.url().resolved(QUrl(QStringLiteral("."))));
    request.setRawHeader("Depth", "0");
    // 404 only from a server that knows PROPFIND (207 when the folder is there); a plain
    // HTTP server answers 405 or 501 and the feed's own PUT will tell.
    return m_client.send("PROPFIND", request).status == 404;
}

bool WebDavLock::acquire()
{
    // A missing feed is locked too: two laptops creating it at once both passed Apache's
    // If-None-Match, and the later write replaced the first laptop's team, which a third
    // had already joined and then refused for good. Locking a missing feed makes an
    // empty file, which every laptop takes for "not written yet".
    const int head = headStatus();
    if (head != 200 && head != 404)
        return false;
    if (head == 404 && folderMissing())
        throw m_client.missingFolder();
    QNetworkRequest request = m_client.newRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/xml; charset=utf-8"));
    request.setRawHeader("Depth", "0");
    // Long enough for a large feed; a crashed laptop's lock lapses by itself. (nginx
    // keeps its dav_ext_lock_zone's timeout instead; a write after that is refused and
    // the sync starts over under a new lock.)
    request.setRawHeader("Timeout", "Second-120");
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                            "<D:lockinfo xmlns:D=\"DAV:\"><D:lockscope><D:exclusive/>"
                            "</D:lockscope><D:locktype><D:write/></D:locktype>"
                            "<D:owner>Coalition sync</D:owner></D:lockinfo>";
    int lockedButMissing = 0;
    for (int attempt = 0;; ++attempt) {
        const HttpClient::Response response = m_client.send("LOCK", request, body);
        if (response.status == 200 || response.status == 201) {
            // 201: no feed yet; this laptop creates it, the others wait for our lock.
            m_token = response.lockToken;
            m_madeFile = response.status == 201;
            return true;
        }
        if (response.status == 409) // RFC 4918: the folder is missing, or not writable
            throw folderMissing() ? m_client.missingFolder() : m_client.unwritableFolder();
        if (response.status != 423)
            return false; // no WebDAV locks here
        // Locked. A laptop's lock on a missing feed makes an empty file, so a lock with
        // no file behind it, seen twice a moment apart, is one nobody is using.
        lockedButMissing = headStatus() == 404 ? lockedButMissing + 1 : 0;
        if (lockedButMissing >= 2)
            throw CoalitionError(
                QCoreApplication::translate(
                    "HttpFeedTransport",
                    "The feed %1 does not exist on the server, yet the server holds a lock on it "
                    "that no sync is using: it was left by an earlier attempt that failed (nginx "
                    "keeps one when the feed's folder was missing). The server drops it when the "
                    "lock times out (for nginx, the timeout of dav_ext_lock_zone, a minute unless "
                    "set) or when it restarts; sync again then. Nothing was changed.")
                    .arg(m_client.location()));
        if (attempt >= 40)
            throw CoalitionError(QCoreApplication::translate(
                                     "HttpFeedTransport",
                                     "Another laptop is syncing with %1 right now, or stopped in "
                                     "the middle of a sync and its lock has not lapsed yet; try "
                                     "again in a moment. Nothing was changed.")
                                     .arg(m_client.location()));
        // Another laptop is syncing; its lock ends with its sync.
        QThread::msleep(250 + 50 * qMin(attempt, 10));
    }
}

void WebDavLock::release() noexcept
{
    if (m_token.isEmpty())
        return;
    try {
        QNetworkRequest request = m_client.newRequest();
        if (m_madeFile) {
            // Never written: take the empty file away again, and the lock with it, so
            // the feed is as missing as it was.
            request.setRawHeader("If", ifHeader());
            m_client.send("DELETE", request);
        } else {
            request.setRawHeader("Lock-Token", m_token);
            m_client.send("UNLOCK", request);
        }
    } catch (const CoalitionError &) {
        // The lock lapses on its own at its timeout.
    }
    m_token.clear();
}
