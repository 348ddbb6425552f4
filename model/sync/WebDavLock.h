#pragma once

#include <QByteArray>

class HttpClient;

// A WebDAV write lock on the feed for the length of one sync, taken before the feed is
// read and released after it is written, so no other laptop writes in between: the
// guard for servers that check If-Match and then write (Apache, where two PUTs checked at
// the same moment could both pass) and for servers that ignore If-Match but honour locks
// (nginx with libnginx-mod-http-dav-ext's dav_ext_lock).
class WebDavLock
{
public:
    explicit WebDavLock(HttpClient &client) : m_client(client) {}
    ~WebDavLock() { release(); }
    WebDavLock(const WebDavLock &) = delete;
    WebDavLock &operator=(const WebDavLock &) = delete;

    // Takes the lock, waiting while another laptop holds it. False when the server has no
    // WebDAV locks. Throws CoalitionError when the feed's folder does not exist, when a
    // lock nobody uses is left on a missing feed, and when another laptop holds the lock
    // for longer than a sync takes.
    bool acquire();
    // Gives the lock back (and the empty file it made, if the feed was never written).
    void release() noexcept;
    // The lock is no longer ours (a write under it was refused: it lapsed at the
    // server's timeout and another laptop may have written): nothing to give back.
    void forget() { m_token.clear(); }

    bool held() const { return !m_token.isEmpty(); }
    // The If header that proves a write comes from the holder: "(<token>)".
    QByteArray ifHeader() const { return "(" + m_token + ")"; }
    // The feed was written under the lock, so the file the lock made is the feed now.
    void feedWritten() { m_madeFile = false; }

private:
    int headStatus();
    bool folderMissing();

    HttpClient &m_client;
    QByteArray m_token; // "<opaquelocktoken:…>" (Apache), "<urn:…>" (nginx)
    // The lock made the (empty) feed file: removed again unless the feed is written.
    bool m_madeFile = false;
};
