#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "tests/support/TestDatabase.h"
#include "ui/presentation/ActionItemDetail.h"
#include "ui/presentation/CampaignDetail.h"
#include "ui/presentation/ContactDetail.h"
#include "ui/presentation/DetailHtml.h"
#include "ui/presentation/OrganizationDetail.h"

#include <QLocale>

#include <catch2/catch.hpp>

namespace {

QString addItem(Database &database, const QString &title, const SeedIds &ids,
                const QString &status = QStringLiteral("todo"))
{
    ActionItem item;
    item.title = title;
    item.campaignId = ids.campaign;
    item.organizationId = ids.organization;
    item.status = status;
    return ActionItemRepository(database).create(item).id;
}

QString link(EntityKind kind, const QString &id)
{
    return QStringLiteral("coalition:%1/%2").arg(tableName(kind), id);
}

} // namespace

TEST_CASE("A person's pane shows their organization as a link and mail and phone links",
          "[presentation]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    Contact contact;
    contact.name = QStringLiteral("Afshana <b>");
    contact.role = QStringLiteral("Lead organizer");
    contact.organizationId = ids.organization;
    contact.email = QStringLiteral("afshana@drumnyc.org");
    contact.phone = QStringLiteral("+1 (718) 555-0100");
    contact.notes = QStringLiteral("Prefers Signal");
    const QString id = ContactRepository(*t.database).create(contact).id;

    const QString html = ContactDetail::html(*t.database, id);
    CHECK(html.contains(QLatin1String("<h2>Afshana &lt;b&gt;</h2>")));
    CHECK(html.contains(link(EntityKind::Organization, ids.organization)));
    CHECK(html.contains(QStringLiteral("DRUM – Desis Rising Up &amp; Moving")));
    CHECK(html.contains(QLatin1String("mailto:afshana@drumnyc.org")));
    CHECK(html.contains(QLatin1String("tel:+17185550100")));
    CHECK(html.contains(QLatin1String("Lead organizer")));
    CHECK(html.contains(QLatin1String("<p>Prefers Signal</p>")));
    // No phone, no phone row.
    contact.phone.clear();
    contact.name = QStringLiteral("Nobody's phone");
    const QString other = ContactRepository(*t.database).create(contact).id;
    CHECK_FALSE(ContactDetail::html(*t.database, other).contains(QLatin1String("Phone")));
}

TEST_CASE("A pane with no record chosen asks to choose one", "[presentation]")
{
    TestDatabase t;
    CHECK(ContactDetail::html(*t.database, QString()).contains(QLatin1String("Choose a person")));
    CHECK(ActionItemDetail::html(*t.database, QStringLiteral("gone"))
              .contains(QLatin1String("Choose an action item")));
    CHECK(OrganizationDetail::html(*t.database, QString())
              .contains(QLatin1String("Choose an organization")));
    CHECK(
        CampaignDetail::html(*t.database, QString()).contains(QLatin1String("Choose a campaign")));
    CHECK(CampaignDetail::partners(*t.database, QString()).isEmpty());
    CHECK(CampaignDetail::actionItems(*t.database, QString()).rows.isEmpty());
}

TEST_CASE("An organization's pane lists its people - campaigns with its role - and only open "
          "items with how many more there are",
          "[presentation]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    Contact contact;
    contact.name = QStringLiteral("Kazi Fouzia");
    contact.role = QStringLiteral("Director");
    contact.organizationId = ids.organization;
    const QString person = ContactRepository(*t.database).create(contact).id;
    CampaignPartner partner;
    partner.campaignId = ids.campaign;
    partner.organizationId = ids.organization;
    partner.role = QStringLiteral("lead");
    CampaignPartnerRepository(*t.database).create(partner);
    const QString done =
        addItem(*t.database, QStringLiteral("Sign the letter"), ids, QStringLiteral("done"));

    QString html = OrganizationDetail::html(*t.database, ids.organization);
    CHECK(html.contains(link(EntityKind::Contact, person)));
    CHECK(html.contains(QStringLiteral("Kazi Fouzia</a> — Director")));
    CHECK(html.contains(link(EntityKind::Campaign, ids.campaign)));
    CHECK(html.contains(QLatin1String("(Lead)")));
    CHECK(html.contains(QStringLiteral("2021-12-17 · ")));
    CHECK(html.contains(link(EntityKind::ActionItem, ids.action)));
    CHECK_FALSE(html.contains(link(EntityKind::ActionItem, done)));
    CHECK_FALSE(html.contains(QLatin1String("more")));

    // One open item is seeded; with 60 more the pane lists 50 and says how many it left out.
    for (int i = 0; i < 60; ++i)
        addItem(*t.database, QStringLiteral("Call %1").arg(i), ids);
    html = OrganizationDetail::html(*t.database, ids.organization);
    CHECK(html.count(QLatin1String("coalition:action_items/")) == DetailHtml::listLimit);
    CHECK(html.contains(QStringLiteral("… and %1 more").arg(QLocale().toString(61 - 50))));
}

TEST_CASE("A campaign's pane gives its ask - its partners' rows - and its first items",
          "[presentation]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    Campaign campaign = *CampaignRepository(*t.database).get(ids.campaign);
    campaign.goal = QStringLiteral("Fund the excluded workers");
    campaign.links = {QStringLiteral("https://fundexcludedworkers.org/")};
    CampaignRepository(*t.database).update(campaign);
    CampaignPartner partner;
    partner.campaignId = ids.campaign;
    partner.organizationId = ids.organization;
    partner.commitment = QStringLiteral("Turn out 40 members");
    const QString partnership = CampaignPartnerRepository(*t.database).create(partner).id;

    const QString html = CampaignDetail::html(*t.database, ids.campaign);
    CHECK(html.contains(QLatin1String("<h2>Fund Excluded Workers</h2>")));
    CHECK(html.contains(QLatin1String("Fund the excluded workers")));
    CHECK(html.contains(QLatin1String("href=\"https://fundexcludedworkers.org/\"")));

    const auto partners = CampaignDetail::partners(*t.database, ids.campaign);
    REQUIRE(partners.size() == 1);
    CHECK(partners[0].partnershipId == partnership);
    CHECK(partners[0].organizationId == ids.organization);
    CHECK(partners[0].organization == QStringLiteral("DRUM – Desis Rising Up & Moving"));
    CHECK(partners[0].role == QLatin1String("Partner"));
    CHECK(partners[0].commitment == QLatin1String("Turn out 40 members"));

    auto items = CampaignDetail::actionItems(*t.database, ids.campaign);
    REQUIRE(items.rows.size() == 1);
    CHECK(items.rows[0].id == ids.action);
    CHECK(items.rows[0].due == QLatin1String("2021-12-17"));
    CHECK(items.rows[0].status == QLatin1String("To do"));
    CHECK(items.more.isEmpty());
    // Done items are listed too (the campaign's whole list), 50 of them and a count.
    for (int i = 0; i < 54; ++i)
        addItem(*t.database, QStringLiteral("Item %1").arg(i), ids, QStringLiteral("done"));
    items = CampaignDetail::actionItems(*t.database, ids.campaign);
    CHECK(items.rows.size() == DetailHtml::listLimit);
    CHECK(items.more.contains(QLocale().toString(55 - 50)));
}

TEST_CASE("An action item's pane links its campaign and organization", "[presentation]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    const QString html = ActionItemDetail::html(*t.database, ids.action);
    CHECK(html.contains(QLatin1String("<h2>Call Governor Hochul</h2>")));
    CHECK(html.contains(link(EntityKind::Campaign, ids.campaign)));
    CHECK(html.contains(link(EntityKind::Organization, ids.organization)));
    CHECK(html.contains(QLatin1String("2021-12-17")));
    CHECK(html.contains(QLatin1String("To do")));
}
