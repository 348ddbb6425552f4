#include "app/cli/SyncOptions.h"

#include "app/cli/CommandLine.h"
#include "app/cli/UsageError.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// The messages keep the translation context they had in CommandLine.cpp.
namespace SyncOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("feed"),
         QCoreApplication::translate("CommandLine",
                                     "sync: the shared feed, a file on a shared drive or in "
                                     "a synced folder, an http(s):// URL on a web server "
                                     "(WebDAV or any server honouring If-Match), or a team "
                                     "server: postgresql://member@host:5432/database?team=NAME."),
         QCoreApplication::translate("CommandLine", "PATH|URL")},
        {QStringLiteral("allow-mass-delete"),
         QCoreApplication::translate(
             "CommandLine",
             "sync: go ahead even if the sync deletes more than half of the records.")},
        {QStringLiteral("create-feed"),
         QCoreApplication::translate(
             "CommandLine",
             "sync: start the feed anew from this laptop when it has gone missing.")},
        {QStringLiteral("passphrase-file"),
         QCoreApplication::translate("CommandLine",
                                     "sync: read the team passphrase from FILE (its first line); "
                                     "a new feed is encrypted with it."),
         QCoreApplication::translate("CommandLine", "FILE")},
        {QStringLiteral("no-encryption"),
         QCoreApplication::translate(
             "CommandLine",
             "sync: create the feed without encryption (anyone who can read the file reads "
             "every record).")},
        {QStringLiteral("new-passphrase-file"),
         QCoreApplication::translate("CommandLine",
                                     "sync: change the team passphrase to the one in FILE (the "
                                     "content is not rewritten; an unencrypted feed is "
                                     "encrypted)."),
         QCoreApplication::translate("CommandLine", "FILE")},
        {QStringLiteral("rotate-key"),
         QCoreApplication::translate(
             "CommandLine",
             "sync: with --new-passphrase-file, also make a new team key and rewrite the feed "
             "under it, so the old passphrase opens nothing (after a member leaves).")},
        {QStringLiteral("rejoin"),
         QCoreApplication::translate(
             "CommandLine",
             "sync: accept a feed that lost segments merged here (started anew) and send it "
             "all of this laptop's records.")},
        {QStringLiteral("ca-file"),
         QCoreApplication::translate(
             "CommandLine",
             "sync: also trust the certificate authorities in FILE (PEM), for a team server "
             "with a certificate of its own."),
         QCoreApplication::translate("CommandLine", "FILE")},
    };
}

QStringList optionsWithValue()
{
    return {QStringLiteral("--feed"), QStringLiteral("--passphrase-file"),
            QStringLiteral("--new-passphrase-file"), QStringLiteral("--ca-file")};
}

bool anySet(const QCommandLineParser &parser, bool exceptCaFile)
{
    for (const QString &name :
         {QStringLiteral("feed"), QStringLiteral("allow-mass-delete"),
          QStringLiteral("create-feed"), QStringLiteral("passphrase-file"),
          QStringLiteral("no-encryption"), QStringLiteral("new-passphrase-file"),
          QStringLiteral("rotate-key"), QStringLiteral("rejoin"), QStringLiteral("ca-file")}) {
        if (parser.isSet(name) && !(exceptCaFile && name == QLatin1String("ca-file")))
            return true;
    }
    return false;
}

void read(const QCommandLineParser &parser, CommandLineRequest &request)
{
    request.feed = parser.value(QStringLiteral("feed"));
    if (request.feed.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "sync needs --feed PATH|URL: the shared feed."));
    request.allowMassDelete = parser.isSet(QStringLiteral("allow-mass-delete"));
    request.createFeed = parser.isSet(QStringLiteral("create-feed"));
    request.passphraseFile = parser.value(QStringLiteral("passphrase-file"));
    request.caFile = parser.value(QStringLiteral("ca-file"));
    request.noEncryption = parser.isSet(QStringLiteral("no-encryption"));
    request.newPassphraseFile = parser.value(QStringLiteral("new-passphrase-file"));
    request.rotateKey = parser.isSet(QStringLiteral("rotate-key"));
    request.rejoin = parser.isSet(QStringLiteral("rejoin"));
    if (request.rotateKey && request.newPassphraseFile.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--rotate-key needs --new-passphrase-file FILE: the passphrase the "
                           "remaining members will use."));
    if (request.noEncryption && !request.passphraseFile.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "CommandLine", "--no-encryption and --passphrase-file exclude each other."));
}

} // namespace SyncOptions
