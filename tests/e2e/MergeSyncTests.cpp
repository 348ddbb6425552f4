// A merge of two organizations travels as one change and is settled alike on every
// laptop, also against what other laptops did to the merged-away record while offline
// (RecordMerge, MergeInvariants; docs/feed-format.md, "Merged states are always storable").
#include "model/feed/ConflictLog.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/records/RecordMerge.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/e2e/SyncTestSupport.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

QString caa()
{
    return SampleDataLoader::stableId(EntityKind::Organization,
                                      QStringLiteral("Chinese for Affirmative Action"));
}

// Both laptops hold the sample and a second "Chinese for Affirmative Action" made on a,
// with person at it if one is named: returns its id.
QString sharedDuplicate(const TestDatabase &t, const QString &a, const QString &b,
                        const QString &feed, const QString &person = {})
{
    QString id;
    edit(a, t.clock, QStringLiteral("Ana"), [&id, &person](Database &db) {
        Organization copy;
        copy.name = QStringLiteral("Chinese for Affirmative Action (SF)");
        copy.phone = QStringLiteral("+1 415 555 0101");
        id = OrganizationRepository(db).create(copy).id;
        if (person.isEmpty())
            return;
        Contact contact;
        contact.name = person;
        contact.organizationId = id;
        ContactRepository(db).create(contact);
    });
    for (const QString &laptop : {a, b})
        REQUIRE(runSync(laptop, feed).exitCode == 0);
    return id;
}

void syncUntilSettled(const QString &a, const QString &b, const QString &feed)
{
    for (const QString &laptop : {a, b, a, b}) {
        const ProcessRun run = runSync(laptop, feed);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }
}

QString organizationOf(Database &db, const QString &contactName)
{
    for (const Contact &contact : ContactRepository(db).list()) {
        if (contact.name == contactName)
            return contact.organizationId;
    }
    return QStringLiteral("(no such contact)");
}

} // namespace

TEST_CASE("A merge on one laptop moves what another laptop added offline to the merged-away "
          "organization - its edit becomes a conflict - both agree",
          "[sync][merge]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString copy = sharedDuplicate(t, a, b, feed);

    t.clock.advanceSeconds(60);
    edit(a, t.clock, QStringLiteral("Ana"), [&copy](Database &db) {
        RecordMerge(db, EntityKind::Organization, caa(), copy).apply({});
    });
    t.clock.advanceSeconds(60);
    edit(b, t.clock, QStringLiteral("Bo"), [&copy](Database &db) {
        Contact person;
        person.name = QStringLiteral("Vincent Pan");
        person.organizationId = copy;
        ContactRepository(db).create(person);
        CampaignPartner partner;
        partner.campaignId =
            CampaignRepository(db).findByIdOrName(QStringLiteral("Pathway to Citizenship"))->id;
        partner.organizationId = copy;
        partner.role = QStringLiteral("signatory");
        CampaignPartnerRepository(db).create(partner);
        Organization edited = *OrganizationRepository(db).get(copy);
        edited.phone = QStringLiteral("+1 415 555 0199"); // after the merge, unaware of it
        OrganizationRepository(db).update(edited);
    });
    syncUntilSettled(a, b, feed);

    CHECK(dump(a, t.clock) == dump(b, t.clock));
    for (const QString &laptop : {a, b}) {
        auto db = Database::open(laptop, t.clock);
        CHECK_FALSE(OrganizationRepository(*db).exists(copy));
        CHECK(organizationOf(*db, QStringLiteral("Vincent Pan")) == caa());
        int signatories = 0;
        for (const CampaignPartner &partner : CampaignPartnerRepository(*db).forOrganization(caa()))
            signatories += partner.role == QLatin1String("signatory") ? 1 : 0;
        CHECK(signatories == 1);
        // The phone typed on b after the merge is offered on the kept organization.
        bool phoneOffered = false;
        for (const ConflictLog::Entry &entry : ConflictLog(*db).conflicts())
            phoneOffered |= entry.recordId == caa() && entry.field == QLatin1String("phone") &&
                            entry.lostValue == QStringLiteral("+1 415 555 0199");
        CHECK(phoneOffered);
    }
    const QByteArray settled = fileBytes(feed);
    syncUntilSettled(a, b, feed);
    CHECK(fileBytes(feed) == settled);
}

TEST_CASE("Two laptops that merge the same two organizations each into the other keep one of "
          "them - with everything that referred to either",
          "[sync][merge]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString copy = sharedDuplicate(t, a, b, feed, QStringLiteral("Vincent Pan"));

    t.clock.advanceSeconds(60);
    edit(a, t.clock, QStringLiteral("Ana"), [&copy](Database &db) {
        RecordMerge(db, EntityKind::Organization, caa(), copy).apply({});
    });
    edit(b, t.clock, QStringLiteral("Bo"), [&copy](Database &db) {
        RecordMerge(db, EntityKind::Organization, copy, caa()).apply({});
    });
    syncUntilSettled(a, b, feed);

    CHECK(dump(a, t.clock) == dump(b, t.clock));
    const QString survivor = std::min(caa(), copy);
    for (const QString &laptop : {a, b}) {
        auto db = Database::open(laptop, t.clock);
        CHECK(OrganizationRepository(*db).exists(survivor));
        CHECK_FALSE(OrganizationRepository(*db).exists(std::max(caa(), copy)));
        CHECK(organizationOf(*db, QStringLiteral("Vincent Pan")) == survivor);
        CHECK(organizationOf(*db, QStringLiteral("Cynthia Choi")) == survivor);
    }
}

TEST_CASE("A merge undone after it synced brings the organization and its people back on the "
          "other laptop",
          "[sync][merge]")
{
    TestDatabase t;
    const auto [a, b] = twoLaptops(t);
    const QString feed = t.file(QStringLiteral("feed.txt"));
    const QString copy = sharedDuplicate(t, a, b, feed, QStringLiteral("Vincent Pan"));

    // The window keeps its database open across syncs and undoes with what it captured.
    auto db = Database::open(a, t.clock);
    RecordMerge merge(*db, EntityKind::Organization, caa(), copy);
    merge.apply({});
    syncUntilSettled(a, b, feed);
    CHECK_FALSE(OrganizationRepository(*Database::open(b, t.clock)).exists(copy));

    t.clock.advanceSeconds(60);
    merge.revert();
    syncUntilSettled(a, b, feed);
    CHECK(dump(a, t.clock) == dump(b, t.clock));
    auto other = Database::open(b, t.clock);
    CHECK(OrganizationRepository(*other).exists(copy));
    CHECK(organizationOf(*other, QStringLiteral("Vincent Pan")) == copy);
    CHECK(organizationOf(*other, QStringLiteral("Cynthia Choi")) == caa());
}
