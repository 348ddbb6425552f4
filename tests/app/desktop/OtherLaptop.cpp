#include "tests/app/desktop/OtherLaptop.h"

#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/sync/FeedSync.h"
#include "tests/support/TestDatabase.h"

#include <QFile>

void otherLaptopAddsAndSyncs(const TestDatabase &t, const QString &feed, const QString &title,
                             const QString &passphrase, const QString &serverPassword)
{
    const QString path = t.file(QStringLiteral("other.sqlite"));
    const bool first = !QFile::exists(path);
    auto other = Database::open(path, t.clock);
    other->setAuthor(QStringLiteral("Bo"));
    if (first)
        SampleDataLoader::load(*other);
    ActionItem item;
    item.title = title;
    ActionItemRepository(*other).create(item);
    FeedSync::Options options;
    options.feed = feed;
    options.passphrase = passphrase;
    options.serverPassword = serverPassword;
    options.noEncryption = passphrase.isEmpty(); // tests of encryption give a passphrase
    FeedSync::sync(*other, options);
}
