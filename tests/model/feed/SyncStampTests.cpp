#include "model/domain/HybridLogicalClock.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Migrator.h"
#include "model/storage/schema/Schema.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

int stampCount(Database &database, const QString &where = QStringLiteral("1"))
{
    return Statement(database.connection(),
                     QStringLiteral("SELECT count(*) FROM field_stamps WHERE ") + where)
        .scalar()
        .toInt();
}

} // namespace

TEST_CASE("The hybrid logical clock only moves forward - whatever the wall clock does", "[hlc]")
{
    HybridLogicalClock clock(QStringLiteral("laptop-a"));
    const Stamp first = clock.tick(1000);
    CHECK(first.wall == 1000);
    CHECK(first.counter == 0);
    const Stamp same = clock.tick(1000);
    CHECK(first < same);
    const Stamp behind = clock.tick(400); // the wall clock went back
    CHECK(same < behind);
    CHECK(behind.wall == 1000);
    CHECK(clock.tick(2000).counter == 0);
}

TEST_CASE("Receiving a stamp from a laptop ahead in time keeps later local stamps greater", "[hlc]")
{
    HybridLogicalClock slow(QStringLiteral("slow"));
    slow.tick(1000);
    const Stamp remote{1000 + 24 * 3600 * 1000LL, 5, QStringLiteral("fast")};
    slow.receive(remote, 1100);
    const Stamp after = slow.tick(1200); // local clock still a day behind
    CHECK(remote < after);
    CHECK(after.device == QLatin1String("slow"));

    // Equal stamps from two devices are ordered by device id, the same way everywhere.
    const Stamp a{5, 0, QStringLiteral("a")};
    const Stamp b{5, 0, QStringLiteral("b")};
    CHECK(a < b);
    CHECK_FALSE(b < a);
}

TEST_CASE("Every local write stamps the fields it changed with device and author", "[stamps]")
{
    TestDatabase t;
    StampStore *stamps = t.database->stamps();
    REQUIRE(stamps);
    CHECK(stamps->deviceId().size() == 36);
    OrganizationRepository organizations(*t.database);
    Organization o;
    o.name = QStringLiteral("Adhikaar");
    o = organizations.create(o);
    CHECK(stampCount(*t.database, QStringLiteral("record_id = '%1'").arg(o.id)) == 9);
    const Stamp created = stamps->stampOf(EntityKind::Organization, o.id, QStringLiteral("name"));
    CHECK(created.device == stamps->deviceId());

    o.region = QStringLiteral("New York");
    t.database->setAuthor(QStringLiteral("Ana"));
    organizations.update(o);
    const Stamp region = stamps->stampOf(EntityKind::Organization, o.id, QStringLiteral("region"));
    CHECK(created < region);
    CHECK(stamps->stampOf(EntityKind::Organization, o.id, QStringLiteral("name")) == created);
    CHECK(Statement(t.database->connection(),
                    QStringLiteral(
                        "SELECT author || ': ' || value FROM field_stamps WHERE field = 'region'"))
              .scalar()
              .toString() == QLatin1String("Ana: New York"));

    organizations.remove(o.id);
    CHECK(region < stamps->stampOf(EntityKind::Organization, o.id, QStringLiteral("_deleted")));
    // A deleted record keeps its fields in the stamps: another laptop may bring it back.
    CHECK(Statement(t.database->connection(),
                    QStringLiteral("SELECT value FROM field_stamps WHERE field = 'name'"))
              .scalar()
              .toString() == QLatin1String("Adhikaar"));
}

TEST_CASE("Deletes stamp what their cascades touch", "[stamps]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QString pathway =
        SampleDataLoader::stableId(EntityKind::Campaign, QStringLiteral("Pathway to Citizenship"));
    CampaignRepository(*t.database).remove(pathway);
    CHECK(stampCount(*t.database,
                     QStringLiteral("field = '_deleted' AND entity = 'campaign_partners'")) == 8);
    CHECK(stampCount(*t.database,
                     QStringLiteral("field = '_deleted' AND entity = 'action_items'")) == 4);

    const QString drum = SampleDataLoader::stableId(
        EntityKind::Organization, QStringLiteral("DRUM – Desis Rising Up & Moving"));
    const QString afshana = SampleDataLoader::stableId(
        EntityKind::Contact, QStringLiteral("Afshana/DRUM – Desis Rising Up & Moving"));
    const Stamp before = t.database->stamps()->stampOf(EntityKind::Contact, afshana,
                                                       QStringLiteral("organization_id"));
    OrganizationRepository(*t.database).remove(drum);
    CHECK(before < t.database->stamps()->stampOf(EntityKind::Contact, afshana,
                                                 QStringLiteral("organization_id")));
    CHECK(ContactRepository(*t.database).get(afshana)->organizationId.isEmpty());
}

TEST_CASE("A version 1 database upgrades to sync with a backup and a stamp on every field",
          "[stamps][migration]")
{
    TestDatabase t;
    const QString path = t.file(QStringLiteral("v1.sqlite"));
    {
        std::vector<MigrationStep> steps = Schema::steps();
        steps.resize(1);
        const Migrator v1(steps, Schema::applicationId);
        auto old = Database::open(path, t.clock, Database::OpenMode::CreateIfMissing, v1,
                                  catalogueUpTo(1));
        CHECK(old->schemaVersion() == 1);
        CHECK(old->stamps() == nullptr);
        // The sample as version 1 knew it: its roles had no "target" yet.
        QFile sample(QString::fromLatin1(SampleDataLoader::defaultResource));
        REQUIRE(sample.open(QIODevice::ReadOnly));
        QFile older(t.file(QStringLiteral("sample-v1.json")));
        REQUIRE(older.open(QIODevice::WriteOnly));
        older.write(sample.readAll().replace("\"role\": \"target\"", "\"role\": \"supporter\""));
        older.close();
        REQUIRE(SampleDataLoader::load(*old, older.fileName()).created > 0);
    }
    auto upgraded = Database::open(path, t.clock, Database::OpenMode::MustExist);
    CHECK(upgraded->schemaVersion() == Schema::currentVersion());
    CHECK(QFile::exists(Migrator::backupPathFor(path, 1)));
    REQUIRE(upgraded->stamps());
    const int organizations = OrganizationRepository(*upgraded).count();
    CHECK(stampCount(*upgraded, QStringLiteral("entity = 'organizations'")) == organizations * 9);
    CHECK(stampCount(*upgraded, QStringLiteral("entity = 'action_items'")) ==
          ActionItemRepository(*upgraded).count() * 15);
    // Stamped with when each record was last changed, in milliseconds.
    const auto first = OrganizationRepository(*upgraded).list().first();
    CHECK(upgraded->stamps()
              ->stampOf(EntityKind::Organization, first.id, QStringLiteral("name"))
              .wall ==
          QDateTime::fromString(first.updatedAt, Qt::ISODateWithMs).toMSecsSinceEpoch());
    CHECK(stampCount(*upgraded, QStringLiteral("entity = 'organizations' AND field = 'name' AND "
                                               "value = (SELECT name FROM organizations o WHERE "
                                               "o.id = record_id)")) == organizations);
}
