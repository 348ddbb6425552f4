#include "app/desktop/PassphraseKeyring.h"

#include <QEventLoop>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace {

QString serviceFor(PassphraseKeyring::Secret secret)
{
    return secret == PassphraseKeyring::Secret::TeamPassphrase
               ? QStringLiteral("Coalition team passphrase")
               : QStringLiteral("Coalition team server password");
}

// The entry's name: the feed as the person set it, a URL without its password.
QString entryFor(const QString &feed)
{
    const QUrl url(feed);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1)
        return url.toString(QUrl::RemovePassword);
    return feed;
}

// Runs job to its end.
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

} // namespace

namespace PassphraseKeyring {

std::optional<QString> read(const QString &feed, Secret secret)
{
    QKeychain::ReadPasswordJob job(serviceFor(secret));
    job.setKey(entryFor(feed));
    runToEnd(job);
    if (job.error() != QKeychain::NoError || job.textData().isEmpty())
        return std::nullopt;
    return job.textData();
}

QString store(const QString &feed, const QString &value, Secret secret)
{
    QKeychain::WritePasswordJob job(serviceFor(secret));
    job.setKey(entryFor(feed));
    job.setTextData(value);
    runToEnd(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

void forget(const QString &feed, Secret secret)
{
    QKeychain::DeletePasswordJob job(serviceFor(secret));
    job.setKey(entryFor(feed));
    runToEnd(job);
}

} // namespace PassphraseKeyring
