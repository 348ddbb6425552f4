#include "app/terminal/SyncCommand.h"

#include "app/cli/RequestEnvironment.h"
#include "app/terminal/SecretFile.h"
#include "model/domain/CoalitionError.h"
#include "model/settings/AppPaths.h"
#include "model/storage/Database.h"
#include "model/sync/FeedSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>

int SyncCommand::run(const CommandLineRequest &request, QTextStream &out)
{
    const auto clock = RequestEnvironment::clock(request);
    const auto database = Database::open(RequestEnvironment::databasePath(request), *clock,
                                         Database::OpenMode::MustExist);
    database->setAuthor(AppPaths::defaultAuthor());
    FeedSync::Options options;
    options.feed = request.feed;
    options.allowMassDelete = request.allowMassDelete;
    options.createMissingFeed = request.createFeed;
    options.caFile = request.caFile;
    if (!request.passphraseFile.isEmpty())
        options.passphrase = SecretFile::read(request.passphraseFile);
    if (!request.newPassphraseFile.isEmpty())
        options.newPassphrase = SecretFile::read(request.newPassphraseFile);
    if (!request.passwordFile.isEmpty())
        options.serverPassword = SecretFile::read(request.passwordFile);
    options.noEncryption = request.noEncryption;
    options.rotateKey = request.rotateKey;
    options.rejoin = request.rejoin;
    const FeedSync::Outcome outcome = FeedSync::sync(*database, options);
    out << QCoreApplication::translate("CommandRunner", "Synced with %1: %2.")
               .arg(outcome.location, outcome.summary.describe());
    if (outcome.createdFeed)
        out << QCoreApplication::translate("CommandRunner", " (The feed was created.)");
    else if (outcome.migrated)
        out << QCoreApplication::translate("CommandRunner",
                                           " (The feed was moved to format 2, encrypted.)");
    else if (outcome.compacted)
        out << QCoreApplication::translate("CommandRunner",
                                           " (The feed's segments were folded into a snapshot.)");
    else if (!outcome.wroteFeed)
        out << QCoreApplication::translate("CommandRunner",
                                           " (Nothing new to send: the feed was left as it was.)");
    if (outcome.attempts > 1)
        out << QCoreApplication::translate("CommandRunner",
                                           " (The feed had just been written by a sync, so it "
                                           "was read and merged again before storing.)");
    out << Qt::endl;
    for (const QString &line : outcome.summary.describeByEntity())
        out << QStringLiteral("  ") << line << Qt::endl;
    return 0;
}
