#pragma once

#include <QString>

class HttpClient;

// Whether a server honours If-Match and If-None-Match on PUT, the only guard against one
// laptop's write replacing another's when the server has no WebDAV locks. Found out
// before the feed is written, with test uploads beside the feed
// ("team.feed.coalition-check") that a careful server refuses with 412; a careless one
// (Debian's nginx with WebDAV answers 204 whatever the preconditions say) stores them,
// and the file is deleted again.
class UploadPreconditions
{
public:
    // Throws CoalitionError, telling the person which server it is and what to change,
    // when the server ignores If-Match (or, when creating the feed, If-None-Match).
    // Returns a note for the person when the server refused the test upload itself and
    // so could not be checked; an empty string when the server is safe.
    static QString check(HttpClient &client, bool creating);

private:
    enum class Answer
    {
        Refused,   // 412, as it should
        Stored,    // 2xx: the precondition was ignored
        CannotTell // anything else (uploads beside the feed not allowed, say)
    };
    static Answer upload(HttpClient &client, const QByteArray &header, const QByteArray &value);
};
