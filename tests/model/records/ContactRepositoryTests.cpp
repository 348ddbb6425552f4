#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("Contacts round-trip with Unicode names and no organization", "[contacts]")
{
    TestDatabase t;
    ContactRepository repository(*t.database);
    Contact c;
    c.name = QStringLiteral("Jesús “Chuy” García");
    c.role = QStringLiteral("U.S. Representative");
    c.email = QStringLiteral("chuy@example.org");
    c.phone = QStringLiteral("+1 202 555 0101");
    c.notes = QStringLiteral("Reintroduced the New Way Forward Act\nSecond line");
    const auto stored = repository.get(repository.create(c).id);
    REQUIRE(stored);
    CHECK(stored->name == c.name);
    CHECK(stored->notes == c.notes);
    CHECK(stored->organizationId.isEmpty());
    CHECK(stored->email == c.email);
}

TEST_CASE("Contacts filter by organization and by campaign partnership", "[contacts]")
{
    TestDatabase t;
    OrganizationRepository organizations(*t.database);
    ContactRepository contacts(*t.database);
    Organization caa, drum;
    caa.name = QStringLiteral("Chinese for Affirmative Action");
    drum.name = QStringLiteral("DRUM");
    caa = organizations.create(caa);
    drum = organizations.create(drum);
    for (const auto &[name, org] :
         {std::pair{"Cynthia Choi", caa.id}, std::pair{"Afshana", drum.id}}) {
        Contact c;
        c.name = QString::fromUtf8(name);
        c.organizationId = org;
        contacts.create(c);
    }
    Campaign campaign;
    campaign.name = QStringLiteral("API Equity Budget");
    campaign = CampaignRepository(*t.database).create(campaign);
    CampaignPartner partner;
    partner.campaignId = campaign.id;
    partner.organizationId = caa.id;
    partner.role = QStringLiteral("Lead");
    CampaignPartnerRepository(*t.database).create(partner);

    CHECK(contacts.list({}, drum.id).size() == 1);
    CHECK(contacts.list({}, drum.id).first().name == QLatin1String("Afshana"));
    const auto inCampaign = contacts.list({}, {}, campaign.id);
    REQUIRE(inCampaign.size() == 1);
    CHECK(inCampaign.first().name == QLatin1String("Cynthia Choi"));
    CHECK(contacts.list().size() == 2);
}
