#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

QStringList allIds(Database &database)
{
    QStringList ids;
    for (const char *table :
         {"organizations", "contacts", "campaigns", "campaign_partners", "action_items"}) {
        Statement query(database.connection(),
                        QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)));
        query.exec();
        while (query.next())
            ids << query.text(0);
    }
    return ids;
}

} // namespace

TEST_CASE("The sample coalition loads with the page's organizations - people - campaigns and asks",
          "[sample]")
{
    TestDatabase t;
    const auto result = SampleDataLoader::load(*t.database);
    CHECK(result.alreadyPresent == 0);

    CHECK(OrganizationRepository(*t.database).count() >= 35);
    CHECK(CampaignRepository(*t.database).count() >= 10);
    CHECK(ActionItemRepository(*t.database).count() >= 25);
    CHECK(result.created == OrganizationRepository(*t.database).count() +
                                ContactRepository(*t.database).count() +
                                CampaignRepository(*t.database).count() +
                                CampaignPartnerRepository(*t.database).count() +
                                ActionItemRepository(*t.database).count());

    CampaignRepository campaigns(*t.database);
    for (const char *name :
         {"Pathway to Citizenship", "Fund Excluded Workers", "New Way Forward Act",
          "Justice for Christian Hall", "Justice for Soobleej Kaub Hawj",
          "State and Local Anti-Hate Resolutions", "Bystander Intervention Trainings",
          "API Equity Budget (#FaceTheHate)", "9/11 Solidarity", "Dismantling Anti-Blackness"}) {
        const auto campaign = campaigns.findByIdOrName(QString::fromUtf8(name));
        REQUIRE(campaign);
        CHECK_FALSE(CampaignPartnerRepository(*t.database).forCampaign(campaign->id).isEmpty());
    }

    // The people the page names, at their organizations.
    OrganizationRepository organizations(*t.database);
    ContactRepository contacts(*t.database);
    for (const auto &[person, organization] :
         {std::pair{"Cynthia Choi", "Chinese for Affirmative Action"},
          std::pair{"Manjusha P. Kulkarni", "A3PCON"}, std::pair{"Russell Jeung", "Stop AAPI Hate"},
          std::pair{"Afshana", "DRUM"},
          std::pair{"Pramila Jayapal", "U.S. House of Representatives"}}) {
        ListOptions byName;
        byName.text = QString::fromUtf8(person);
        const auto found = contacts.list(byName);
        REQUIRE(found.size() == 1);
        CHECK(found.first().organizationId ==
              organizations.findByName(QString::fromUtf8(organization))->id);
    }

    // Facts as the page gives them.
    const auto houston = organizations.findByName(QStringLiteral("OCA Greater Houston"));
    REQUIRE(houston);
    CHECK(houston->region == QLatin1String("Houston"));
    ActionItemFilter vigil;
    vigil.text = QStringLiteral("vigil Christian Hall");
    const auto vigils = ActionItemRepository(*t.database).list(vigil);
    REQUIRE(vigils.size() == 1);
    CHECK(vigils.first().dueDate == QDate(2021, 12, 30));
}

TEST_CASE("Loading the sample twice adds nothing and changes nothing", "[sample]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Statement(t.database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const QByteArray before = databaseBytes(t.path());
    const auto again = SampleDataLoader::load(*t.database);
    CHECK(again.created == 0);
    CHECK(again.alreadyPresent > 60);
    CHECK(databaseBytes(t.path()) == before);
}

TEST_CASE("Two fresh databases get the same sample ids", "[sample]")
{
    TestDatabase first;
    TestDatabase second;
    second.clock.advanceSeconds(86400 * 30);
    SampleDataLoader::load(*first.database);
    SampleDataLoader::load(*second.database);
    const QStringList ids = allIds(*first.database);
    CHECK(ids.size() > 100);
    CHECK(ids == allIds(*second.database));
    CHECK(SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("Stop AAPI Hate")) ==
          SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("Stop AAPI Hate")));
}

TEST_CASE("A broken sample file is refused whole - with nothing written", "[sample]")
{
    TestDatabase t;
    const QString path = t.file(QStringLiteral("broken.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // The first organization is fine; the action item has an impossible date.
    file.write(R"({"organizations":[{"name":"HANA Center"}],
                   "campaigns":[{"name":"Pathway","partners":[{"organization":"HANA Center","role":"lead"}]}],
                   "actionItems":[{"title":"Call","campaign":"Pathway","dueDate":"2021-02-30"}]})");
    file.close();
    const QByteArray before = databaseBytes(t.path());
    CHECK_THROWS_WITH(SampleDataLoader::load(*t.database, path), Catch::Contains("2021-02-30"));
    CHECK(OrganizationRepository(*t.database).count() == 0);
    CHECK(databaseBytes(t.path()) == before);

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"organizations":[{"name":"HANA Center"}], "contacts": [)");
    file.close();
    CHECK_THROWS_WITH(SampleDataLoader::load(*t.database, path), Catch::Contains("not valid JSON"));
}
