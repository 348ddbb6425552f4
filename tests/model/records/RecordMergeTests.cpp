// Two records that stand for one organization or one person, made one (issue: a window
// and an import that feel finished — duplicates merged).
#include "model/domain/CoalitionError.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/records/RecordMerge.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/StampStore.h"
#include "model/storage/Statement.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

QString campaignId(Database &db, const QString &name)
{
    return CampaignRepository(db).findByIdOrName(name)->id;
}

// A second "Chinese for Affirmative Action", as an import from another spreadsheet makes
// it: its own website and tag, one person, one action item, and partnerships in a
// campaign the sample's CAA is a partner of and in one it is not.
QString duplicateOfCaa(Database &db)
{
    Organization copy;
    copy.name = QStringLiteral("Chinese for Affirmative Action (SF)");
    copy.website = QStringLiteral("https://caasf.org");
    copy.region = QStringLiteral("San Francisco");
    copy.tags = {QStringLiteral("language access")};
    copy = OrganizationRepository(db).create(copy);
    Contact person;
    person.name = QStringLiteral("Vincent Pan");
    person.organizationId = copy.id;
    ContactRepository(db).create(person);
    ActionItem item;
    item.title = QStringLiteral("Share the #FaceTheHate toolkit");
    item.organizationId = copy.id;
    ActionItemRepository(db).create(item);
    for (const auto &[campaign, commitment] :
         {std::pair{QStringLiteral("State and Local Anti-Hate Resolutions"),
                    QStringLiteral("Drafts the San Francisco resolution")},
          std::pair{QStringLiteral("Pathway to Citizenship"), QStringLiteral("Phone bank")}}) {
        CampaignPartner partner;
        partner.campaignId = campaignId(db, campaign);
        partner.organizationId = copy.id;
        partner.role = QStringLiteral("partner");
        partner.commitment = commitment;
        CampaignPartnerRepository(db).create(partner);
    }
    return copy.id;
}

QString caa()
{
    return SampleDataLoader::stableId(EntityKind::Organization,
                                      QStringLiteral("Chinese for Affirmative Action"));
}

QString mergedIntoValue(Database &db, EntityKind kind, const QString &id)
{
    return Statement(db.connection(),
                     QStringLiteral("SELECT value FROM field_stamps WHERE entity = :e AND "
                                    "record_id = :id AND field = '_merged_into'"))
        .bind(QStringLiteral(":e"), tableName(kind))
        .bind(QStringLiteral(":id"), id)
        .scalar()
        .toString();
}

} // namespace

TEST_CASE("Merging a duplicate organization keeps one with the values chosen - its people "
          "action items and partnerships move - undo puts both back",
          "[merge]")
{
    TestDatabase t;
    Database &db = *t.database;
    SampleDataLoader::load(db);
    const QString copy = duplicateOfCaa(db);
    const QStringList before = recordRows(db);

    RecordMerge merge(db, EntityKind::Organization, caa(), copy);
    QStringList differing;
    for (const RecordMerge::Difference &difference : merge.differences())
        differing << difference.column;
    // The copy has no acronym, kind or description: those differ too.
    CHECK(differing.join(QLatin1Char(' ')).toStdString() ==
          "name acronym kind region website description");
    CHECK(merge.movedReferences() == 4); // a person, an action item, two partnerships

    merge.apply({QStringLiteral("website"), QStringLiteral("region")});
    CHECK_FALSE(OrganizationRepository(db).exists(copy));
    const Organization kept = *OrganizationRepository(db).get(caa());
    CHECK(kept.name == QLatin1String("Chinese for Affirmative Action")); // its own
    CHECK(kept.acronym == QLatin1String("CAA"));
    CHECK(kept.website == QLatin1String("https://caasf.org")); // taken from the copy
    CHECK(kept.region == QLatin1String("San Francisco"));
    CHECK(kept.tags.contains(QStringLiteral("language access")));
    CHECK(kept.tags.contains(QStringLiteral("budget")));
    QStringList people;
    for (const Contact &person : ContactRepository(db).list({}, caa()))
        people << person.name;
    CHECK(people.contains(QStringLiteral("Vincent Pan")));
    ActionItemFilter filter;
    filter.organizationId = caa();
    CHECK(ActionItemRepository(db).list(filter).size() == 2);
    // One partnership per campaign: the kept one's, its empty commitment filled.
    const QVector<CampaignPartner> partners = CampaignPartnerRepository(db).forOrganization(caa());
    CHECK(partners.size() == 3);
    for (const CampaignPartner &partner : partners) {
        if (partner.campaignId ==
            campaignId(db, QStringLiteral("State and Local Anti-Hate Resolutions")))
            CHECK(partner.commitment == QLatin1String("Drafts the San Francisco resolution"));
    }
    // The tombstone names where the copy went, for other laptops' references to it.
    CHECK(mergedIntoValue(db, EntityKind::Organization, copy) == caa());

    merge.revert();
    CHECK(recordRows(db) == before);
    CHECK(mergedIntoValue(db, EntityKind::Organization, copy).isEmpty());

    merge.apply({}); // redo: the kept record's own values this time
    CHECK(OrganizationRepository(db).get(caa())->website.isEmpty());
    CHECK(ContactRepository(db).list({}, caa()).size() == 2);
}

TEST_CASE("Merging two contacts keeps the chosen email and both tags - undo brings the other "
          "back",
          "[merge]")
{
    TestDatabase t;
    Database &db = *t.database;
    SampleDataLoader::load(db);
    Contact afshana;
    afshana.name = QStringLiteral("Afshana Rahman");
    afshana.phone = QStringLiteral("+1 718 555 0100");
    afshana.tags = {QStringLiteral("volunteer")};
    afshana = ContactRepository(db).create(afshana);
    Contact again = afshana;
    again.id.clear();
    again.name = QStringLiteral("Afshana  Rahman");
    again.email = QStringLiteral("afshana@example.org");
    again.phone.clear();
    again.tags = {QStringLiteral("press")};
    again = ContactRepository(db).create(again);
    const QStringList before = recordRows(db);

    RecordMerge merge(db, EntityKind::Contact, afshana.id, again.id);
    CHECK(merge.movedReferences() == 0);
    merge.apply({QStringLiteral("email")});
    const Contact kept = *ContactRepository(db).get(afshana.id);
    CHECK(kept.name == QLatin1String("Afshana Rahman"));
    CHECK(kept.email == QLatin1String("afshana@example.org"));
    CHECK(kept.phone == QLatin1String("+1 718 555 0100"));
    CHECK(kept.tags.size() == 2);
    CHECK_FALSE(ContactRepository(db).exists(again.id));
    merge.revert();
    CHECK(recordRows(db) == before);
}

TEST_CASE("A merge of a record with itself - of campaigns - or of a record gone is refused "
          "and changes nothing",
          "[merge]")
{
    TestDatabase t;
    Database &db = *t.database;
    SampleDataLoader::load(db);
    const QStringList before = recordRows(db);
    CHECK_THROWS_AS(RecordMerge(db, EntityKind::Organization, caa(), caa()), CoalitionError);
    const QString pathway = campaignId(db, QStringLiteral("Pathway to Citizenship"));
    const QString fund = campaignId(db, QStringLiteral("Fund Excluded Workers"));
    CHECK_THROWS_AS(RecordMerge(db, EntityKind::Campaign, pathway, fund), CoalitionError);
    CHECK_THROWS_AS(RecordMerge(db, EntityKind::Organization, caa(), QStringLiteral("gone")),
                    CoalitionError);
    const QString copy = duplicateOfCaa(db);
    RecordMerge merge(db, EntityKind::Organization, caa(), copy);
    OrganizationRepository(db).remove(copy); // deleted meanwhile (on another laptop)
    const QStringList withoutCopy = recordRows(db);
    CHECK_THROWS_AS(merge.apply({}), CoalitionError);
    CHECK(recordRows(db) == withoutCopy);
    CHECK(withoutCopy != before);
}
