#include "model/records/ActionItemRepository.h"
#include "model/records/Agenda.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/StampStore.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

struct Sample
{
    TestDatabase t;
    QString campaignId;
    QVector<ActionItem> items; // the campaign's

    Sample()
    {
        SampleDataLoader::load(*t.database);
        const auto campaign = CampaignRepository(*t.database)
                                  .findByIdOrName(QStringLiteral("Justice for Christian Hall"));
        REQUIRE(campaign);
        campaignId = campaign->id;
        ActionItemFilter filter;
        filter.campaignId = campaignId;
        items = ActionItemRepository(*t.database).list(filter);
        REQUIRE_FALSE(items.isEmpty());
        // Every item open and due, so the agenda lists them.
        for (ActionItem item : items) {
            item.status = QStringLiteral("todo");
            item.dueDate = QDate(2021, 12, 30);
            ActionItemRepository(*t.database).update(item);
        }
    }
    void close(const char *status)
    {
        Campaign campaign = *CampaignRepository(*t.database).get(campaignId);
        campaign.status = QString::fromLatin1(status);
        CampaignRepository(*t.database).update(campaign);
    }
    int agendaEntries(EndedCampaigns::Shown ended)
    {
        int found = 0;
        for (const Agenda::Group &group :
             Agenda::build(*t.database, QDate(2021, 12, 15), -1, 1000, ended)) {
            for (const Agenda::Entry &entry : group.entries)
                found += entry.item.campaignId == campaignId ? 1 : 0;
        }
        return found;
    }
};

} // namespace

TEST_CASE("A won - lost or closed campaign leaves the lists and the agenda with its items",
          "[campaigns]")
{
    for (const char *status : {"won", "lost", "closed"}) {
        Sample s;
        ActionItemFilter current;
        current.endedCampaigns = false;
        const int listed = ActionItemRepository(*s.t.database).count(current);
        CHECK(s.agendaEntries(EndedCampaigns::Shown::Hidden) == s.items.size());

        s.close(status);
        CHECK(ActionItemRepository(*s.t.database).count(current) == listed - s.items.size());
        CHECK(s.agendaEntries(EndedCampaigns::Shown::Hidden) == 0);
        CHECK(s.agendaEntries(EndedCampaigns::Shown::Shown) == s.items.size());
        CHECK(ActionItemRepository(*s.t.database)
                  .countOpenItemsDue(QDate(2021, 12, 30), QDate(2021, 12, 30)) <
              ActionItemRepository(*s.t.database)
                  .countOpenItemsDue(QDate(2021, 12, 30), QDate(2021, 12, 30), -1,
                                     EndedCampaigns::Shown::Shown));
        QStringList names;
        for (const Campaign &campaign :
             CampaignRepository(*s.t.database).list({}, {}, EndedCampaigns::Shown::Hidden))
            names << campaign.name;
        CHECK_FALSE(names.contains(QStringLiteral("Justice for Christian Hall")));

        // Choosing the campaign itself shows its items; an empty filter (exports) too.
        ActionItemFilter chosen = current;
        chosen.campaignId = s.campaignId;
        CHECK(ActionItemRepository(*s.t.database).count(chosen) == s.items.size());
        CHECK(ActionItemRepository(*s.t.database).count(ActionItemFilter{}) ==
              ActionItemRepository(*s.t.database).count());
    }
}

TEST_CASE("Deleting a campaign can keep its action items - stamped for the feed", "[campaigns]")
{
    Sample s;
    const auto partners = CampaignPartnerRepository(*s.t.database).forCampaign(s.campaignId);
    const Stamp before = s.t.database->stamps()->stampOf(EntityKind::ActionItem, s.items.first().id,
                                                         QStringLiteral("campaign_id"));
    REQUIRE(CampaignRepository(*s.t.database).removeKeepingActionItems(s.campaignId));
    CHECK_FALSE(CampaignRepository(*s.t.database).exists(s.campaignId));
    for (const CampaignPartner &partner : partners)
        CHECK_FALSE(CampaignPartnerRepository(*s.t.database).exists(partner.id));
    for (const ActionItem &item : s.items) {
        const auto kept = ActionItemRepository(*s.t.database).get(item.id);
        REQUIRE(kept);
        CHECK(kept->campaignId.isEmpty());
    }
    // A sync carries the cleared campaign, so other laptops keep the items too.
    CHECK(before < s.t.database->stamps()->stampOf(EntityKind::ActionItem, s.items.first().id,
                                                   QStringLiteral("campaign_id")));
}
