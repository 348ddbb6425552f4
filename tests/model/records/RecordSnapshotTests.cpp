#include "model/feed/SyncSummary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/records/RecordSnapshot.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QTranslator>

TEST_CASE("Deleting a campaign and restoring its snapshot brings back partners and items",
          "[snapshot]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QStringList before = recordRows(*t.database);
    const QString id =
        SampleDataLoader::stableId(EntityKind::Campaign, QStringLiteral("Pathway to Citizenship"));
    const RecordSnapshot snapshot = RecordSnapshot::capture(*t.database, EntityKind::Campaign, id);
    CHECK(snapshot.consequences().contains(QLatin1String("Its 8 partner links are deleted")));
    CHECK(snapshot.consequences().contains(QLatin1String("Its 4 action items can stay")));

    snapshot.removeRoot(*t.database);
    CHECK_FALSE(CampaignRepository(*t.database).exists(id));
    CHECK(recordRows(*t.database) != before);
    snapshot.restore(*t.database);
    CHECK(recordRows(*t.database) == before);
}

TEST_CASE("Deleting an organization and restoring it reconnects its people and items", "[snapshot]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QStringList before = recordRows(*t.database);
    const QString id = SampleDataLoader::stableId(
        EntityKind::Organization, QStringLiteral("DRUM – Desis Rising Up & Moving"));
    const RecordSnapshot snapshot =
        RecordSnapshot::capture(*t.database, EntityKind::Organization, id);
    snapshot.removeRoot(*t.database);
    CHECK(ContactRepository(*t.database).list({}, id).isEmpty());
    snapshot.restore(*t.database);
    CHECK(recordRows(*t.database) == before);
    CHECK(ContactRepository(*t.database).list({}, id).size() == 1);
}

TEST_CASE("Counts read as English does - one and many - and as Spanish does", "[translation]")
{
    SyncSummary one;
    one.byEntity[QStringLiteral("contacts")][QString()].conflicts = 1;
    CHECK(one.describe().startsWith(QLatin1String("0 added, 0 changed, 0 deleted, 1 conflict")));
    CHECK_FALSE(one.describe().contains(QLatin1String("(s)")));
    SyncSummary two;
    two.byEntity[QStringLiteral("contacts")][QString()].conflicts = 2;
    CHECK(two.describe().startsWith(QLatin1String("0 added, 0 changed, 0 deleted, 2 conflicts")));

    QTranslator spanish;
    REQUIRE(spanish.load(QStringLiteral(COALITION_QM_DIR "/coalition_es.qm")));
    QCoreApplication::installTranslator(&spanish);
    const QString unaSola = one.describe();
    const QString dos = two.describe();
    QCoreApplication::removeTranslator(&spanish);
    CHECK(unaSola.endsWith(QLatin1String(", 1 conflicto")));
    CHECK(dos.endsWith(QLatin1String(", 2 conflictos")));
}
