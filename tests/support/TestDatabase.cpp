#include "tests/support/TestDatabase.h"

#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/DatasetGenerator.h"
#include "model/storage/schema/Schema.h"

#include <algorithm>

#include <catch2/catch.hpp>

TestDatabase::TestDatabase() : clock(QDateTime(QDate(2021, 12, 15), QTime(15, 0), Qt::UTC))
{
    REQUIRE(dir.isValid());
    reopen();
}

void TestDatabase::reopen()
{
    database.reset();
    database = Database::open(path(), clock);
    database->setAuthor(QStringLiteral("Tester"));
}

SeedIds seedBasics(Database &database)
{
    Organization organization;
    organization.name = QStringLiteral("DRUM – Desis Rising Up & Moving");
    organization.acronym = QStringLiteral("DRUM");
    Campaign campaign;
    campaign.name = QStringLiteral("Fund Excluded Workers");
    SeedIds ids;
    ids.organization = OrganizationRepository(database).create(organization).id;
    ids.campaign = CampaignRepository(database).create(campaign).id;
    ActionItem item;
    item.title = QStringLiteral("Call Governor Hochul");
    item.campaignId = ids.campaign;
    item.organizationId = ids.organization;
    item.dueDate = QDate(2021, 12, 17);
    ids.action = ActionItemRepository(database).create(item).id;
    return ids;
}

void generateActionItems(Database &database, int actions)
{
    DatasetGenerator::Sizes sizes;
    sizes.actions = actions;
    sizes.organizations = 20;
    sizes.contacts = 0;
    sizes.campaigns = 5;
    DatasetGenerator::generate(database, sizes);
}

Migrator migratorUpTo(int version)
{
    auto steps = Schema::steps();
    steps.erase(
        std::remove_if(steps.begin(), steps.end(),
                       [version](const MigrationStep &step) { return step.version > version; }),
        steps.end());
    return Migrator(steps, Schema::applicationId);
}
