#include "tests/support/TestDatabase.h"

#include "model/domain/FieldCatalogue.h"

#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/DatasetGenerator.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/Schema.h"

#include <QSqlRecord>
#include <algorithm>
#include <map>

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

const FieldCatalogue &catalogueUpTo(int version)
{
    struct Added
    {
        const char *table;
        const char *column;
        int step;
    };
    static const Added later[] = {{"action_items", "all_day", 7},
                                  {"action_items", "recurrence", 8},
                                  {"action_items", "series_start", 8}};
    static std::map<int, FieldCatalogue> catalogues;
    auto found = catalogues.find(version);
    if (found == catalogues.end()) {
        QVector<EntitySpec> entities = FieldCatalogue::standard().entities();
        for (EntitySpec &entity : entities) {
            for (const Added &added : later) {
                if (added.step > version && entity.table == QLatin1String(added.table))
                    entity.fields.erase(std::remove_if(entity.fields.begin(), entity.fields.end(),
                                                       [&](const FieldSpec &field) {
                                                           return field.column ==
                                                                  QLatin1String(added.column);
                                                       }),
                                        entity.fields.end());
            }
        }
        found = catalogues.emplace(version, FieldCatalogue(entities)).first;
    }
    return found->second;
}

QStringList recordRows(Database &database)
{
    QStringList rows;
    for (const char *sql :
         {"SELECT id, name, acronym, region, website, tags, created_at FROM organizations ORDER BY "
          "id",
          "SELECT id, name, organization_id, role, email, tags FROM contacts ORDER BY id",
          "SELECT id, name, status, goal, created_at FROM campaigns ORDER BY id",
          "SELECT id, campaign_id, organization_id, role, commitment FROM campaign_partners ORDER "
          "BY id",
          "SELECT id, title, campaign_id, organization_id, due_date, status FROM action_items "
          "ORDER BY id"}) {
        Statement query(database.connection(), QString::fromLatin1(sql));
        query.exec();
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < query.query().record().count(); ++i)
                cells << query.text(i);
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return rows;
}
