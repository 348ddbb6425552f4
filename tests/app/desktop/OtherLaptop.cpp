#include "tests/app/desktop/OtherLaptop.h"

#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/StampStore.h"
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

QString laptopsEditTheVigilApart(TestDatabase &t)
{
    QString otherDevice;
    t.database->setAuthor(QStringLiteral("Ana"));
    SampleDataLoader::load(*t.database);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString vigil = SampleDataLoader::stableId(
        EntityKind::ActionItem, QStringLiteral("Justice for Christian Hall/Attend a vigil on the "
                                               "anniversary of Christian Hall's death"));
    const QString hana =
        SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("HANA Center"));
    FeedSync::Options options;
    options.noEncryption = true; // tests of encryption give a passphrase
    options.feed = feed;
    {
        // A laptop whose person never gave a name.
        auto other = Database::open(t.file(QStringLiteral("other.sqlite")), t.clock);
        other->setAuthor(QString());
        SampleDataLoader::load(*other);
        otherDevice = other->stamps()->deviceId();
        auto item = *ActionItemRepository(*other).get(vigil);
        item.dueDate = QDate(2021, 12, 29);
        item.status = QStringLiteral("doing");
        item.organizationId =
            SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("VietLead"));
        ActionItemRepository(*other).update(item);
        FeedSync::sync(*other, options);
    }
    t.clock.advanceSeconds(60);
    auto item = *ActionItemRepository(*t.database).get(vigil);
    item.dueDate = QDate(2021, 12, 31);
    item.status = QStringLiteral("done");
    item.organizationId = hana;
    ActionItemRepository(*t.database).update(item); // later: wins the merge
    FeedSync::sync(*t.database, options);
    return otherDevice;
}
