#include "model/lists/AgendaModel.h"
#include "model/lists/CampaignListModel.h"
#include "model/lists/ContactTableModel.h"
#include "model/lists/OrganizationTableModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>

namespace {

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

std::unique_ptr<QAbstractItemModelTester> fatalTester(QAbstractItemModel &model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester->setUseFetchMore(false); // the tests page explicitly
    return tester;
}

} // namespace

TEST_CASE("The organizations model pages - searches - sorts and follows edits", "[listmodels]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    OrganizationTableModel model(*t.database);
    model.setPageSize(7);
    const auto tester = fatalTester(model);
    fetchAll(model);
    const int total = OrganizationRepository(*t.database).count();
    CHECK(model.rowCount() == total);
    for (int c = 0; c < OrganizationTableModel::ColumnCount; ++c) {
        model.sort(c, Qt::DescendingOrder);
        fetchAll(model);
        CHECK(model.rowCount() == total);
    }
    model.sort(OrganizationTableModel::Name, Qt::AscendingOrder);
    model.setSearchText(QStringLiteral("chicago"));
    fetchAll(model);
    CHECK(model.rowCount() == 2); // Advancing Justice | Chicago and CAIR-Chicago

    OrganizationRepository repository(*t.database);
    Organization added;
    added.name = QStringLiteral("Chicago Freedom School");
    added = repository.create(added);
    CHECK(model.rowCount() == 3);
    const int row = model.rowOf(added.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, OrganizationTableModel::Contacts).data().toInt() == 0);
    Contact person;
    person.name = QStringLiteral("A. Organizer");
    person.organizationId = added.id;
    ContactRepository(*t.database).create(person); // the count column follows
    CHECK(model.index(model.rowOf(added.id), OrganizationTableModel::Contacts).data().toInt() == 1);
    repository.remove(added.id);
    CHECK(model.rowCount() == 2);
}

TEST_CASE("The contacts model narrows by organization and by campaign", "[listmodels]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ContactTableModel model(*t.database);
    const auto tester = fatalTester(model);
    fetchAll(model);
    CHECK(model.rowCount() == ContactRepository(*t.database).count());

    const auto house = OrganizationRepository(*t.database)
                           .findByName(QStringLiteral("U.S. House of Representatives"));
    REQUIRE(house);
    model.setFilter({}, house->id, {});
    fetchAll(model);
    CHECK(model.rowCount() == 4);
    model.sort(ContactTableModel::Name, Qt::DescendingOrder);
    fetchAll(model);
    CHECK(model.index(0, ContactTableModel::Name).data().toString() ==
          QLatin1String("Pramila Jayapal"));

    const auto campaign =
        CampaignRepository(*t.database).findByIdOrName(QStringLiteral("Fund Excluded Workers"));
    model.setFilter({}, {}, campaign->id);
    fetchAll(model);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ContactTableModel::Name).data().toString() == QLatin1String("Afshana"));
    CHECK(model.index(0, ContactTableModel::Organization)
              .data()
              .toString()
              .startsWith(QLatin1String("DRUM")));

    model.setFilter(QStringLiteral("kulk"), {}, {});
    fetchAll(model);
    CHECK(model.rowCount() == 1);

    // Edits arrive as row signals while the tester watches.
    model.setFilter({}, house->id, {});
    fetchAll(model);
    ContactRepository contacts(*t.database);
    Contact added;
    added.name = QStringLiteral("Rashida Tlaib");
    added.organizationId = house->id;
    added = contacts.create(added);
    CHECK(model.rowCount() == 5);
    added.organizationId.clear(); // leaves the filter
    contacts.update(added);
    CHECK(model.rowCount() == 4);
    added.organizationId = house->id;
    contacts.update(added);
    added.role = QStringLiteral("U.S. Representative");
    contacts.update(added);
    CHECK(model.index(model.rowOf(added.id), ContactTableModel::Role).data().toString() ==
          QLatin1String("U.S. Representative"));
    contacts.remove(added.id);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("The campaigns model shows partners and progress and follows edits", "[listmodels]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    CampaignListModel model(*t.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 9/11 Solidarity is closed: hidden until ended campaigns are shown.
    const QString closed =
        SampleDataLoader::stableId(EntityKind::Campaign, QStringLiteral("9/11 Solidarity"));
    CHECK(model.rowCount() == CampaignRepository(*t.database).count() - 1);
    CHECK(model.rowOf(closed) < 0);
    model.setEndedShown(true);
    CHECK(model.rowCount() == CampaignRepository(*t.database).count());
    const int row = model.rowOf(closed);
    REQUIRE(row >= 0);
    CHECK(model.index(row, CampaignListModel::Partners).data().toInt() == 6);
    CHECK(model.index(row, CampaignListModel::Progress).data().toString() ==
          QLatin1String("2 / 3"));

    ActionItemRepository actions(*t.database);
    ActionItem item;
    item.title = QStringLiteral("Host a teach-in");
    item.campaignId = model.campaignAt(row).id;
    actions.create(item);
    CHECK(model.index(row, CampaignListModel::Progress).data().toString() ==
          QLatin1String("2 / 4"));

    Campaign campaign;
    campaign.name = QStringLiteral("1 Million Voices"); // sorts first, before "9/11 Solidarity"
    campaign = CampaignRepository(*t.database).create(campaign);
    CHECK(model.rowOf(campaign.id) == 0);
    CampaignRepository(*t.database).remove(campaign.id);
    CHECK(model.rowOf(campaign.id) == -1);
}

TEST_CASE("The agenda model groups open items and drops an item once it is done", "[listmodels]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    AgendaModel model(*t.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() >= 3);
    CHECK(model.index(0, 0).data().toString().startsWith(QLatin1String("Overdue (2)")));

    const QString vigil = SampleDataLoader::stableId(
        EntityKind::ActionItem, QStringLiteral("Justice for Christian Hall/Attend a vigil on the "
                                               "anniversary of Christian Hall's death"));
    REQUIRE(model.indexOf(vigil).isValid());
    ActionItemRepository(*t.database).setStatus(vigil, QStringLiteral("done"));
    CHECK_FALSE(model.indexOf(vigil).isValid());
    ActionItemRepository(*t.database).setStatus(vigil, QStringLiteral("todo"));
    CHECK(model.indexOf(vigil).isValid());

    model.setDay(QDate(2021, 12, 17)); // the call to senators (HANA's sign-on has no date)
    REQUIRE(model.rowCount() == 1);
    CHECK(model.rowCount(model.index(0, 0)) == 1);
    model.setDay({});
    model.setLimitPerBucket(3);
    const QModelIndex undated = model.index(model.rowCount() - 1, 0);
    CHECK(model.rowCount(undated) == 3);
    CHECK(undated.data().toString().contains(QLatin1String("showing the first 3")));
}
