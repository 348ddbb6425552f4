#include "model/sync/UploadPreconditions.h"

#include "model/domain/CoalitionError.h"
#include "model/sync/HttpClient.h"

#include <QCoreApplication>
#include <QNetworkRequest>

namespace {

QUrl checkUrl(const HttpClient &client)
{
    QUrl url = client.url();
    url.setPath(url.path() + QStringLiteral(".coalition-check"));
    return url;
}

void removeCheckFile(HttpClient &client)
{
    try {
        client.send("DELETE", client.newRequest(checkUrl(client)));
    } catch (const CoalitionError &) {
        // A leftover test file harms nothing; the next check replaces and removes it.
    }
}

CoalitionError ignored(const HttpClient &client, const char *header, const QByteArray &server)
{
    const QString software =
        server.isEmpty() ? QCoreApplication::translate("HttpFeedTransport", "it does not say which")
                         : QString::fromUtf8(server);
    return CoalitionError(
        QCoreApplication::translate(
            "HttpFeedTransport",
            "The server of %1 (software: %2) ignores %3: it stored a test upload it should have "
            "refused, so one laptop's sync could silently replace edits another laptop has just "
            "synced. Coalition does not write to it. Turn on WebDAV locks there (for nginx: "
            "libnginx-mod-http-dav-ext with dav_ext_lock_zone and dav_ext_lock), or use a server "
            "that honours %3, such as Apache httpd with mod_dav. Nothing was changed.")
            .arg(client.location(), software, QString::fromLatin1(header)));
}

} // namespace

UploadPreconditions::Answer
UploadPreconditions::upload(HttpClient &client, const QByteArray &header, const QByteArray &value)
{
    QNetworkRequest request = client.newRequest(checkUrl(client));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    if (!header.isEmpty())
        request.setRawHeader(header, value);
    const HttpClient::Response response =
        client.send("PUT", request,
                    "Coalition checks that this server refuses an upload whose precondition "
                    "fails. This file can be deleted.\n");
    if (response.status == 412)
        return Answer::Refused;
    if (response.status == 409)
        throw client.missingFolder();
    if (response.status >= 200 && response.status < 300) {
        if (!header.isEmpty()) {
            removeCheckFile(client);
            throw ignored(client, header.constData(), response.server);
        }
        return Answer::Stored;
    }
    return Answer::CannotTell;
}

QString UploadPreconditions::check(HttpClient &client, bool creating)
{
    // The test file does not exist, so no ETag can match it.
    Answer answer = upload(client, "If-Match", "\"coalition-check\"");
    if (answer == Answer::Refused && creating) {
        // If-None-Match: * must refuse a file that exists: make one, then try.
        answer = upload(client, {}, {});
        if (answer == Answer::Stored) {
            try {
                answer = upload(client, "If-None-Match", "*");
            } catch (...) {
                removeCheckFile(client);
                throw;
            }
            removeCheckFile(client);
        }
    }
    if (answer != Answer::CannotTell)
        return {};
    return QCoreApplication::translate(
               "HttpFeedTransport",
               "The server of %1 refused a test upload beside the feed, so Coalition could not "
               "check that it refuses a write another laptop's write has overtaken; if it is not "
               "Apache httpd with mod_dav, make sure it honours If-Match.")
        .arg(client.location());
}
