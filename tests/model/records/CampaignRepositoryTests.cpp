#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

TEST_CASE("Campaigns round-trip with dates - links and empty optional fields", "[campaigns]")
{
    TestDatabase t;
    CampaignRepository repository(*t.database);
    Campaign c;
    c.name = QStringLiteral("State and Local Anti-Hate Resolutions");
    c.status = QStringLiteral("In progress");
    c.issueArea = QStringLiteral("Anti-Asian hate");
    c.goal = QStringLiteral("Only 18 states and 49 of 3,073 (1.6%) counties have resolutions");
    c.target = QStringLiteral("State and local elected officials");
    c.startDate = QDate(2021, 7, 1);
    c.endDate = QDate(2021, 9, 30);
    c.links = {QStringLiteral("https://bit.ly/3dzQmRl"), QStringLiteral("bit.ly/3qJygSq")};
    const auto stored = repository.get(repository.create(c).id);
    REQUIRE(stored);
    CHECK(stored->status == QLatin1String("active"));
    CHECK(stored->startDate == QDate(2021, 7, 1));
    CHECK(stored->endDate == QDate(2021, 9, 30));
    CHECK(stored->links == QStringList{QStringLiteral("https://bit.ly/3dzQmRl"),
                                       QStringLiteral("https://bit.ly/3qJygSq")});

    Campaign bare;
    bare.name = QStringLiteral("9/11 Solidarity");
    const auto minimal = repository.get(repository.create(bare).id);
    REQUIRE(minimal);
    CHECK_FALSE(minimal->startDate.isValid());
    CHECK(minimal->links.isEmpty());
}

TEST_CASE("Deleting a campaign removes its partners and action items and reports each",
          "[campaigns]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    CampaignPartner partner;
    partner.campaignId = ids.campaign;
    partner.organizationId = ids.organization;
    partner = CampaignPartnerRepository(*t.database).create(partner);

    CampaignRepository campaigns(*t.database);
    const auto dependents = campaigns.dependents(ids.campaign);
    CHECK(dependents.partners == 1);
    CHECK(dependents.actionItems == 1);

    QSignalSpy spy(&t.database->notifier(), &ChangeNotifier::changed);
    CHECK(campaigns.remove(ids.campaign));
    QSet<QString> deleted;
    for (const QList<QVariant> &arguments : spy) {
        const Change change = arguments.at(0).value<Change>();
        CHECK(change.type == Change::Type::Deleted);
        deleted.insert(change.id);
    }
    CHECK(deleted == QSet<QString>{ids.campaign, partner.id, ids.action});
    CHECK_FALSE(ActionItemRepository(*t.database).get(ids.action));
    CHECK(CampaignPartnerRepository(*t.database).forCampaign(ids.campaign).isEmpty());
    CHECK(OrganizationRepository(*t.database).get(ids.organization));
}

TEST_CASE("Partners list leads first and an organization joins a campaign once", "[campaigns]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    Organization other;
    other.name = QStringLiteral("Fund Excluded Workers Coalition");
    other = OrganizationRepository(*t.database).create(other);
    CampaignPartnerRepository partners(*t.database);
    CampaignPartner first;
    first.campaignId = ids.campaign;
    first.organizationId = ids.organization;
    first.role = QStringLiteral("supporter");
    partners.create(first);
    CampaignPartner lead = first;
    lead.organizationId = other.id;
    lead.role = QStringLiteral("LEAD");
    partners.create(lead);

    const auto list = partners.forCampaign(ids.campaign);
    REQUIRE(list.size() == 2);
    CHECK(list[0].organizationId == other.id);
    CHECK(list[0].role == QLatin1String("lead"));
    CHECK(partners.forOrganization(other.id).size() == 1);
    CHECK_THROWS_WITH(partners.create(first), Catch::Contains("already a partner"));
}

TEST_CASE("Campaigns filter by status and find by id or name", "[campaigns]")
{
    TestDatabase t;
    CampaignRepository repository(*t.database);
    for (const auto &[name, status] :
         {std::pair{"New Way Forward Act", "active"}, std::pair{"9/11 Solidarity", "closed"},
          std::pair{"API Equity Budget", "won"}}) {
        Campaign c;
        c.name = QString::fromUtf8(name);
        c.status = QString::fromUtf8(status);
        repository.create(c);
    }
    CHECK(repository.list({}, {QStringLiteral("closed"), QStringLiteral("won")}).size() == 2);
    CHECK(repository.list({}, {QStringLiteral("active")}).first().name ==
          QLatin1String("New Way Forward Act"));
    const auto byName = repository.findByIdOrName(QStringLiteral("new way forward act"));
    REQUIRE(byName);
    CHECK(repository.findByIdOrName(byName->id)->name == byName->name);
    CHECK_FALSE(repository.findByIdOrName(QStringLiteral("Unknown")));
}
