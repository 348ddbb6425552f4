// The reports' numbers, checked against direct SQL counts on the sample and on a
// generated database.
#include "model/domain/Clock.h"
#include "model/records/CampaignRepository.h"
#include "model/reports/BurnUp.h"
#include "model/reports/CampaignReportQuery.h"
#include "model/reports/CoalitionOverview.h"
#include "model/sample/DatasetGenerator.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Database.h"
#include "model/storage/Statement.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

namespace {

int count(Database &database, const QString &sql, const QVector<QPair<QString, QVariant>> &values)
{
    Statement query(database.connection(), sql);
    for (const auto &value : values)
        query.bind(value.first, value.second);
    return query.scalar().toInt();
}

QString campaignNamed(Database &database, const QString &name)
{
    return CampaignRepository(database).findByIdOrName(name)->id;
}

} // namespace

TEST_CASE("A burn-up counts items added and done by the end of each week", "[reports]")
{
    // Wednesday 1 December 2021 to Wednesday 15 December: the day before, two Sundays, today.
    const QVector<BurnUp::Item> items = {
        {QDate(2021, 12, 1), QDate()},
        {QDate(2021, 12, 2), QDate(2021, 12, 6)},
        {QDate(2021, 12, 6), QDate(2021, 12, 15)},
        {QDate(2021, 12, 13), QDate()},
    };
    const auto weeks = BurnUp::weeks(items, QDate(2021, 12, 1), QDate(2021, 12, 15));
    REQUIRE(weeks.size() == 4);
    CHECK(weeks.at(0).end == QDate(2021, 11, 30));
    CHECK(weeks.at(0).total == 0);
    CHECK(weeks.at(1).end == QDate(2021, 12, 5));
    CHECK(weeks.at(1).total == 2);
    CHECK(weeks.at(1).done == 0);
    CHECK(weeks.at(2).end == QDate(2021, 12, 12));
    CHECK(weeks.at(2).total == 3);
    CHECK(weeks.at(2).done == 1);
    CHECK(weeks.at(3).end == QDate(2021, 12, 15));
    CHECK(weeks.at(3).total == 4);
    CHECK(weeks.at(3).done == 2);
    // Without a start: from the first item.
    CHECK(BurnUp::weeks(items, {}, QDate(2021, 12, 15)).first().end == QDate(2021, 11, 30));
}

TEST_CASE("The Pathway to Citizenship report has its ask target partners and open items",
          "[reports]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Database &db = *t.database;
    const QString id = campaignNamed(db, QStringLiteral("Pathway to Citizenship"));
    const QDate today(2021, 12, 15);
    const CampaignReport report = CampaignReportQuery::build(db, id, today);
    CHECK(report.campaign.target == QStringLiteral("U.S. Senate and Vice President Harris"));
    CHECK(report.partners.size() == 8);
    CHECK(report.partners.first().role == QStringLiteral("lead"));
    CHECK(report.partners.last().role == QStringLiteral("supporter"));
    const QVector<QPair<QString, QVariant>> campaign = {{QStringLiteral(":id"), id}};
    CHECK(report.openCount ==
          count(db,
                QStringLiteral("SELECT count(*) FROM action_items WHERE campaign_id = :id AND "
                               "status IN ('todo', 'doing')"),
                campaign));
    CHECK(report.openItems.size() == report.openCount);
    CHECK(report.overdueCount ==
          count(db,
                QStringLiteral("SELECT count(*) FROM action_items WHERE campaign_id = :id AND "
                               "status IN ('todo', 'doing') AND due_date < '2021-12-15'"),
                campaign));
    CHECK(report.overdueCount == 1);
    // Open items by due date, undated last.
    CHECK(report.openItems.first().due == QDate(2021, 8, 31));
    CHECK_FALSE(report.openItems.last().due.isValid());
    int byOwner = 0, byPriority = 0;
    for (const auto &owner : report.openByOwner)
        byOwner += owner.open;
    for (const auto &priority : report.openByPriority)
        byPriority += priority.open;
    CHECK(byOwner == report.openCount);
    CHECK(byPriority == report.openCount);
    CHECK(report.openByPriority.size() == 4);
    CHECK(report.openByPriority.first().name == QStringLiteral("urgent"));
    // Everything was entered today (the loader's clock): every item is a recent change.
    CHECK(report.changes.size() >= report.openCount);
    CHECK(report.burnUp.last().end == today);
    CHECK(report.burnUp.last().total == report.openCount + report.doneCount);
}

TEST_CASE("Done-per-week counts of a generated campaign equal a direct count", "[reports]")
{
    TestDatabase t;
    DatasetGenerator::Sizes sizes;
    sizes.organizations = 50;
    sizes.contacts = 100;
    sizes.campaigns = 5;
    sizes.actions = 3000;
    DatasetGenerator::generate(*t.database, sizes);
    Database &db = *t.database;
    Statement first(db.connection(),
                    QStringLiteral("SELECT id FROM campaigns ORDER BY seq LIMIT 1"));
    const QString id = first.scalar().toString();
    const QDate today = db.clock().today();
    const CampaignReport report = CampaignReportQuery::build(db, id, today, today.addDays(-120));
    REQUIRE(report.burnUp.size() > 10);
    for (const BurnUp::Week &week : report.burnUp) {
        // Done by the end of that day, local time; items count from the day they were
        // entered (or done, if earlier).
        const QString end =
            QDateTime(week.end.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
        const QVector<QPair<QString, QVariant>> values = {{QStringLiteral(":id"), id},
                                                          {QStringLiteral(":end"), end}};
        CAPTURE(week.end);
        CHECK(week.done ==
              count(db,
                    QStringLiteral("SELECT count(*) FROM action_items WHERE campaign_id = :id "
                                   "AND status = 'done' AND coalesce(completed_at, updated_at) "
                                   "< :end"),
                    values));
        CHECK(week.total ==
              count(db,
                    QStringLiteral("SELECT count(*) FROM action_items WHERE campaign_id = :id "
                                   "AND status <> 'cancelled' AND (created_at < :end OR (status "
                                   "= 'done' AND coalesce(completed_at, updated_at) < :end))"),
                    values));
    }
}

TEST_CASE("The coalition overview counts each current campaign's items", "[reports]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Database &db = *t.database;
    const CoalitionOverview overview = CoalitionOverview::build(db, QDate(2021, 12, 15));
    // The 9/11 campaign is closed: left out.
    CHECK(overview.campaigns.size() ==
          count(db,
                QStringLiteral("SELECT count(*) FROM campaigns WHERE status NOT IN ('won', "
                               "'lost', 'closed')"),
                {}));
    for (const auto &line : overview.campaigns) {
        CAPTURE(line.name);
        const QVector<QPair<QString, QVariant>> campaign = {{QStringLiteral(":id"), line.id}};
        CHECK(line.done == count(db,
                                 QStringLiteral("SELECT count(*) FROM action_items WHERE "
                                                "campaign_id = :id AND status = 'done'"),
                                 campaign));
        CHECK(line.partners == count(db,
                                     QStringLiteral("SELECT count(*) FROM campaign_partners "
                                                    "WHERE campaign_id = :id"),
                                     campaign));
    }
    REQUIRE_FALSE(overview.busiestOwners.isEmpty());
    CHECK(overview.busiestOwners.first().open >= overview.busiestOwners.last().open);
    REQUIRE_FALSE(overview.thisWeek.isEmpty());
    CHECK(overview.thisWeek.first().bucket == AgendaBucket::Overdue);
}
