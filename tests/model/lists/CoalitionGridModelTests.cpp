#include "model/lists/CoalitionGridModel.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/sample/DatasetGenerator.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

namespace {

int sqlCount(Database &database, const QString &sql)
{
    return Statement(database.connection(), sql).scalar().toInt();
}

int column(const CoalitionGridModel &model, const QString &campaign)
{
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.campaignAt(c).name == campaign)
            return c;
    }
    return -1;
}

int row(const CoalitionGridModel &model, const QString &organization)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.organizationAt(r).name == organization)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("The coalition grid shows the sample's 52 partnerships with their roles and open items",
          "[grid]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    CoalitionGridModel model(*t.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CoalitionGrid::Filter everything;
    everything.ended = EndedCampaigns::Shown::Shown;
    model.setFilter(everything);
    REQUIRE(model.rowCount() == sqlCount(*t.database, "SELECT count(*) FROM organizations"));
    REQUIRE(model.columnCount() == sqlCount(*t.database, "SELECT count(*) FROM campaigns"));

    int partnerships = 0, open = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex cell = model.index(r, c);
            partnerships +=
                cell.data(CoalitionGridModel::PartnerIdRole).toString().isEmpty() ? 0 : 1;
            open += cell.data(CoalitionGridModel::OpenItemsRole).toInt();
        }
    }
    CHECK(partnerships == 52);
    // Every open item of an organization in a campaign, counted once.
    CHECK(open == sqlCount(*t.database,
                           "SELECT count(*) FROM action_items WHERE organization_id IS NOT NULL "
                           "AND campaign_id IS NOT NULL AND status IN ('todo', 'doing')"));

    const QModelIndex house =
        model.index(row(model, QStringLiteral("U.S. House of Representatives")),
                    column(model, QStringLiteral("New Way Forward Act")));
    CHECK(house.data(CoalitionGridModel::RoleWordRole).toString() == QLatin1String("target"));
    CHECK(house.data().toString().startsWith(QLatin1String("Target")));
    const QModelIndex drum =
        model.index(row(model, QStringLiteral("DRUM – Desis Rising Up & Moving")),
                    column(model, QStringLiteral("Fund Excluded Workers")));
    CHECK(drum.data().toString() == QStringLiteral("Partner · 1 open"));
    CHECK(drum.data(Qt::ToolTipRole).toString().contains(QLatin1String("1 open action item")));

    // Ended campaigns are left out by default; a status chosen shows just those.
    model.setFilter({});
    CHECK(column(model, QStringLiteral("9/11 Solidarity")) < 0);
    CoalitionGrid::Filter closed;
    closed.campaignStatus = QStringLiteral("closed");
    model.setFilter(closed);
    CHECK(model.columnCount() == 1);

    // A partnership removed empties its cell once the change is committed.
    model.setFilter(everything);
    const QModelIndex again = model.index(house.row(), house.column());
    CampaignPartnerRepository(*t.database)
        .remove(again.data(CoalitionGridModel::PartnerIdRole).toString());
    CHECK(model.index(house.row(), house.column())
              .data(CoalitionGridModel::PartnerIdRole)
              .toString()
              .isEmpty());
    CHECK_FALSE(model.index(house.row(), house.column())
                    .data()
                    .toString()
                    .contains(QLatin1String("Target")));
}

TEST_CASE("The coalition grid filters organizations by kind - tag and name", "[grid]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    CoalitionGridModel model(*t.database);
    CoalitionGrid::Filter filter;
    filter.text = QStringLiteral("drum");
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.organizationAt(0).name.startsWith(QLatin1String("DRUM")));
    filter = {};
    filter.tag = QStringLiteral("immigration");
    model.setFilter(filter);
    CHECK(model.rowCount() ==
          sqlCount(*t.database, "SELECT count(*) FROM organizations WHERE ', ' || tags || ', ' "
                                "LIKE '%, immigration, %'"));
    CHECK(model.rowCount() > 0);
    filter = {};
    filter.organizationKind = QStringLiteral("government");
    model.setFilter(filter);
    CHECK(model.rowCount() ==
          sqlCount(*t.database, "SELECT count(*) FROM organizations WHERE kind = 'government'"));
    filter.text = QStringLiteral("100%_\\"); // LIKE's wildcards are taken as letters
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The coalition grid of 10,000 organizations by 500 campaigns reads only the rows shown",
          "[grid]")
{
    TestDatabase t;
    DatasetGenerator::Sizes sizes;
    sizes.contacts = 0;
    sizes.actions = 20000;
    DatasetGenerator::generate(*t.database, sizes);
    CoalitionGridModel model(*t.database);
    CoalitionGrid::Filter everything;
    everything.ended = EndedCampaigns::Shown::Shown;
    model.setFilter(everything);
    REQUIRE(model.rowCount() == 10000);
    REQUIRE(model.columnCount() == 500);
    CHECK(model.blocksRead() == 0);

    // A screenful in the middle: one or two blocks of rows, whatever the columns.
    for (int r = 5000; r < 5030; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            model.index(r, c).data();
    }
    CHECK(model.blocksRead() <= 2);

    // What it shows agrees with the database there.
    int partnerships = 0;
    QStringList ids;
    for (int r = 5000; r < 5030; ++r) {
        ids << QLatin1Char('\'') + model.organizationAt(r).id + QLatin1Char('\'');
        for (int c = 0; c < model.columnCount(); ++c)
            partnerships +=
                model.index(r, c).data(CoalitionGridModel::PartnerIdRole).toString().isEmpty() ? 0
                                                                                               : 1;
    }
    CHECK(partnerships ==
          sqlCount(*t.database, QStringLiteral("SELECT count(*) FROM campaign_partners WHERE "
                                               "organization_id IN (%1)")
                                    .arg(ids.join(QLatin1Char(',')))));
}
