#include "model/records/ActionItemRepository.h"
#include "model/records/Agenda.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("Due dates fall into agenda buckets relative to today", "[agenda]")
{
    const QDate today(2021, 12, 15);
    CHECK(agendaBucketFor(QDate(2021, 12, 14), today) == AgendaBucket::Overdue);
    CHECK(agendaBucketFor(today, today) == AgendaBucket::Today);
    CHECK(agendaBucketFor(QDate(2021, 12, 16), today) == AgendaBucket::ThisWeek);
    CHECK(agendaBucketFor(QDate(2021, 12, 22), today) == AgendaBucket::ThisWeek);
    CHECK(agendaBucketFor(QDate(2021, 12, 23), today) == AgendaBucket::Next30Days);
    CHECK(agendaBucketFor(QDate(2022, 1, 14), today) == AgendaBucket::Next30Days);
    CHECK(agendaBucketFor(QDate(2022, 1, 15), today) == AgendaBucket::Later);
    CHECK(agendaBucketFor(QDate(), today) == AgendaBucket::NoDate);
}

TEST_CASE("The sample agenda on 2021-12-15 puts overdue items first and leaves done ones out",
          "[agenda]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const auto groups = Agenda::build(*t.database, QDate(2021, 12, 15));
    REQUIRE(groups.size() >= 3);
    CHECK(groups.first().bucket == AgendaBucket::Overdue);
    CHECK(groups.last().bucket == AgendaBucket::NoDate);
    for (const Agenda::Group &group : groups) {
        for (const Agenda::Entry &entry : group.entries) {
            CHECK(entry.item.isOpen());
            CHECK(agendaBucketFor(entry.item.dueDate, QDate(2021, 12, 15)) == group.bucket);
        }
    }
    const auto week = Agenda::build(*t.database, QDate(2021, 12, 15), 7);
    for (const Agenda::Group &group : week) {
        CHECK(group.bucket != AgendaBucket::NoDate);
        CHECK(group.bucket != AgendaBucket::Next30Days);
    }
    bool sawCampaign = false;
    for (const Agenda::Entry &entry : week.last().entries)
        sawCampaign = sawCampaign || entry.campaignName == QLatin1String("Pathway to Citizenship");
    CHECK(sawCampaign);
}
