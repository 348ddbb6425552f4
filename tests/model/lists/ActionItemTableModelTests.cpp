#include "model/lists/ActionItemTableModel.h"
#include "model/records/ActionItemQuery.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "model/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace {

void fetchAll(ActionItemTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QStringList column(const ActionItemTableModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("The action item model passes the model tester through paging - sorting - filtering "
          "and edits",
          "[tablemodel]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ActionItemTableModel model(*t.database);
    model.setPageSize(5);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester would otherwise call fetchMore() from its own rowsInserted handler and
    // flag the nested insert as overlapping; the test drives paging itself instead.
    tester.setUseFetchMore(false);

    const int total = ActionItemRepository(*t.database).count();
    const int loaded = model.rowCount(); // the tester's own first checks fetched a page or two
    CHECK(loaded % 5 == 0);
    CHECK(loaded < total);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == loaded + 5);
    fetchAll(model);
    CHECK(model.rowCount() == total);
    CHECK(model.totalCount() == total);

    for (int c = 0; c < ActionItemTableModel::ColumnCount; ++c) {
        model.sort(c, Qt::DescendingOrder);
        model.sort(c, Qt::AscendingOrder);
    }
    ActionItemFilter filter;
    filter.statuses = {QStringLiteral("todo")};
    filter.text = QStringLiteral("donate");
    model.setFilter(filter);
    fetchAll(model);
    CHECK(model.rowCount() == 2);

    ActionItemRepository repository(*t.database);
    ActionItem item;
    item.title = QStringLiteral("Donate to the bail fund");
    item = repository.create(item);
    CHECK(model.rowCount() == 3);
    repository.setStatus(item.id, QStringLiteral("done"));
    CHECK(model.rowCount() == 2);
    repository.setStatus(item.id, QStringLiteral("todo"));
    repository.remove(item.id);
    CHECK(model.rowCount() == 2);
    model.setFilter({});
    fetchAll(model);
    CHECK(model.rowCount() == total);
}

TEST_CASE("Sorting runs in SQL: due dates first with undated items last - then by title",
          "[tablemodel]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ActionItemTableModel model(*t.database);
    fetchAll(model);
    const QStringList due = column(model, ActionItemTableModel::Due);
    const int firstUndated = int(due.indexOf(QString()));
    REQUIRE(firstUndated > 0);
    for (int i = 1; i < firstUndated; ++i)
        CHECK(due[i - 1] <= due[i]);
    for (int i = firstUndated; i < due.size(); ++i)
        CHECK(due[i].isEmpty());

    model.sort(ActionItemTableModel::Title, Qt::AscendingOrder);
    fetchAll(model);
    const QStringList titles = column(model, ActionItemTableModel::Title);
    for (int i = 1; i < titles.size(); ++i)
        CHECK(titles[i - 1].compare(titles[i], Qt::CaseInsensitive) <= 0);
}

TEST_CASE("Edits arrive as row signals - in place when the order holds and moved when not",
          "[tablemodel]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    ActionItemRepository repository(*t.database);
    ActionItem later;
    later.title = QStringLiteral("Attend the vigil");
    later.dueDate = QDate(2021, 12, 30);
    later = repository.create(later);

    ActionItemTableModel model(*t.database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    REQUIRE(model.rowOf(ids.action) == 0);
    REQUIRE(model.rowOf(later.id) == 1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    auto item = *repository.get(ids.action);
    item.link = QStringLiteral("https://example.org/petition");
    repository.update(item);
    CHECK(changes.size() == 1);
    CHECK(inserts.isEmpty());

    item.dueDate = QDate(2022, 1, 5); // now after the vigil: the row moves down
    repository.update(item);
    CHECK(removals.size() == 1);
    CHECK(inserts.size() == 1);
    CHECK(model.rowOf(ids.action) == 1);
    CHECK(model.index(1, ActionItemTableModel::Due).data().toString() ==
          QLatin1String("2022-01-05"));
    CHECK(resets.isEmpty());

    ActionItem added;
    added.title = QStringLiteral("Call the Governor");
    added.dueDate = QDate(2021, 12, 1);
    added = repository.create(added);
    CHECK(model.rowOf(added.id) == 0);
    repository.remove(later.id);
    CHECK(model.rowOf(later.id) == -1);
    CHECK(model.rowCount() == 2);
    CHECK(resets.isEmpty());

    // A renamed campaign changes what many rows show: those rows are read again.
    auto campaign = *CampaignRepository(*t.database).get(ids.campaign);
    campaign.name = QStringLiteral("Fund Excluded Workers Now");
    CampaignRepository(*t.database).update(campaign);
    CHECK(resets.size() == 1);
    CHECK(model.index(model.rowOf(ids.action), ActionItemTableModel::Campaign).data().toString() ==
          QLatin1String("Fund Excluded Workers Now"));
}

TEST_CASE("Pages are read by key so rows sharing a sort value are neither skipped nor repeated",
          "[tablemodel]")
{
    TestDatabase t;
    ActionItemRepository repository(*t.database);
    Transaction transaction(*t.database);
    for (int i = 0; i < 57; ++i) {
        ActionItem item;
        item.title = QStringLiteral("Same title");
        item.owner = i % 2 ? QStringLiteral("Field team") : QString();
        item.dueDate = i % 3 ? QDate(2021, 12, 17) : QDate();
        repository.create(item);
    }
    transaction.commit();
    for (int column = 0; column < ActionItemTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ActionItemTableModel model(*t.database);
            model.setPageSize(5);
            model.sort(column, order);
            fetchAll(model);
            QSet<QString> ids;
            for (int row = 0; row < model.rowCount(); ++row)
                ids.insert(model.idAt(row));
            CHECK(model.rowCount() == 57);
            CHECK(ids.size() == 57);
        }
    }
}

TEST_CASE("Sorting by campaign or organization follows renames and deletes", "[tablemodel]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    auto sortedBy = [&](int column) {
        ActionItemTableModel model(*t.database);
        model.sort(column, Qt::AscendingOrder);
        fetchAll(model);
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data().toString();
        return values;
    };
    auto isSorted = [](const QStringList &values) {
        for (int i = 1; i < values.size(); ++i) {
            if (values[i].isEmpty())
                continue; // unset values come last
            if (values[i - 1].isEmpty() ||
                values[i - 1].compare(values[i], Qt::CaseInsensitive) > 0)
                return false;
        }
        return true;
    };
    CHECK(isSorted(sortedBy(ActionItemTableModel::Campaign)));
    CHECK(isSorted(sortedBy(ActionItemTableModel::Organization)));

    CampaignRepository campaigns(*t.database);
    auto campaign = *campaigns.findByIdOrName(QStringLiteral("New Way Forward Act"));
    campaign.name = QStringLiteral("1st: New Way Forward Act");
    campaigns.update(campaign);
    const QStringList byCampaign = sortedBy(ActionItemTableModel::Campaign);
    CHECK(isSorted(byCampaign));
    CHECK(byCampaign.first() == QLatin1String("1st: New Way Forward Act"));

    const QString gofundme =
        SampleDataLoader::stableId(EntityKind::Organization, QStringLiteral("GoFundMe.org"));
    OrganizationRepository(*t.database).remove(gofundme); // its items keep no organization
    const QStringList byOrganization = sortedBy(ActionItemTableModel::Organization);
    CHECK(isSorted(byOrganization));
    CHECK_FALSE(byOrganization.contains(QStringLiteral("GoFundMe.org")));
    CHECK(byOrganization.last().isEmpty());
}

TEST_CASE("A word matching very many items pages in sort order and counts up to a limit",
          "[tablemodel]")
{
    TestDatabase t;
    const int actions = 3 * ActionItemQuery::fewMatches;
    generateActionItems(*t.database, actions);
    const QString word = QStringLiteral("the"); // in most generated titles
    const int matches = Statement(t.database->connection(),
                                  QStringLiteral("SELECT count(*) FROM action_items_fts WHERE "
                                                 "action_items_fts MATCH '\"the\"*'"))
                            .scalar()
                            .toInt();
    // Each row is checked as the scan meets it.
    REQUIRE(ActionItemQuery::textStrategyFor(t.database->connection(), word) ==
            ActionItemQuery::TextStrategy::CheckEachRow);
    // A word as common but longer than the search index's prefixes is gathered once
    // instead: a search per row would merge every word it starts, row after row.
    const int flyers = Statement(t.database->connection(),
                                 QStringLiteral("SELECT count(*) FROM action_items_fts WHERE "
                                                "action_items_fts MATCH '\"flyers\"*'"))
                           .scalar()
                           .toInt();
    REQUIRE(flyers * 20 >= actions);
    REQUIRE(flyers >= ActionItemQuery::fewMatches);
    CHECK(ActionItemQuery::textStrategyFor(t.database->connection(), QStringLiteral("flyers")) ==
          ActionItemQuery::TextStrategy::CheckMatchList);

    ActionItemTableModel model(*t.database);
    model.setPageSize(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);     // as above: the test pages itself
    model.sort(0, Qt::AscendingOrder); // title
    ActionItemFilter filter;
    filter.text = word;
    model.setFilter(filter);
    CHECK(model.countUpTo(100) == 100);
    CHECK(model.totalCount() == matches);
    CHECK(model.countUpTo(matches + 10) == matches);
    // The first page is the first 50 matches in title order.
    Statement expected(t.database->connection(),
                       QStringLiteral("SELECT a.title FROM action_items a WHERE a.seq IN (SELECT "
                                      "rowid FROM action_items_fts WHERE action_items_fts MATCH "
                                      "'\"the\"*') ORDER BY a.title COLLATE NOCASE, a.seq "
                                      "LIMIT 50"));
    expected.exec();
    QStringList titles;
    while (expected.next())
        titles << expected.text(0);
    REQUIRE(model.rowCount() == 50);
    CHECK(column(model, 0) == titles);
}
