#include "model/records/ActionItemQuery.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Statement.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("Action items round-trip with event times - links and tags", "[actions]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    ActionItemRepository repository(*t.database);
    ActionItem item;
    item.title = QStringLiteral("Attend a vigil for Christian Hall");
    item.kind = QStringLiteral("Event");
    item.campaignId = ids.campaign;
    item.owner = QStringLiteral("Field team");
    item.dueDate = QDate(2021, 12, 30);
    item.eventStart = QDateTime(QDate(2021, 12, 30), QTime(23, 0), Qt::UTC);
    item.eventEnd = QDateTime(QDate(2021, 12, 31), QTime(1, 0), Qt::UTC);
    item.location = QStringLiteral("Find a vigil near you");
    item.priority = QStringLiteral("High");
    item.link = QStringLiteral("justiceforchristianhall.com");
    item.tags = {QStringLiteral("vigil"), QStringLiteral("police accountability")};
    const auto stored = repository.get(repository.create(item).id);
    REQUIRE(stored);
    CHECK(stored->kind == QLatin1String("event"));
    CHECK(stored->organizationId.isEmpty());
    CHECK(stored->dueDate == QDate(2021, 12, 30));
    CHECK(stored->eventStart == item.eventStart);
    CHECK(stored->eventEnd == item.eventEnd);
    CHECK(stored->priority == QLatin1String("high"));
    CHECK(stored->status == QLatin1String("todo"));
    CHECK(stored->link == QLatin1String("https://justiceforchristianhall.com"));
    CHECK(stored->tags == item.tags);
    CHECK(stored->completedAt.isEmpty());
}

TEST_CASE("Marking an item done stamps completed_at - reopening clears it", "[actions]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    ActionItemRepository repository(*t.database);
    t.clock.advanceSeconds(3600);
    CHECK(repository.setStatus(ids.action, QStringLiteral("Completed")).completedAt ==
          QLatin1String("2021-12-15T16:00:00.000Z"));
    CHECK(repository.get(ids.action)->status == QLatin1String("done"));
    CHECK(repository.setStatus(ids.action, QStringLiteral("open")).completedAt.isEmpty());
    CHECK(repository.get(ids.action)->completedAt.isEmpty());
}

TEST_CASE("Action items filter by campaign - status - owner - due range and words", "[actions]")
{
    TestDatabase t;
    const SeedIds ids = seedBasics(*t.database);
    ActionItemRepository repository(*t.database);
    struct Spec
    {
        const char *title, *owner, *status;
        QDate due;
    };
    for (const Spec &spec :
         {Spec{"Register for bystander intervention training", "Training team", "todo",
               QDate(2021, 9, 30)},
          Spec{"Donate to the Muslim Workers Fund", "Development team", "done", QDate()},
          Spec{"Sign the 9/11 solidarity statement", "Policy team", "doing", QDate(2021, 9, 10)}}) {
        ActionItem item;
        item.title = QString::fromUtf8(spec.title);
        item.owner = QString::fromUtf8(spec.owner);
        item.status = QString::fromUtf8(spec.status);
        item.dueDate = spec.due;
        repository.create(item);
    }
    auto titles = [&](const ActionItemFilter &filter) {
        QStringList result;
        for (const ActionItem &item : repository.list(filter))
            result << item.title;
        return result;
    };
    ActionItemFilter byCampaign;
    byCampaign.campaignId = ids.campaign;
    CHECK(titles(byCampaign) == QStringList{QStringLiteral("Call Governor Hochul")});

    ActionItemFilter open;
    open.statuses = {QStringLiteral("todo"), QStringLiteral("doing")};
    CHECK(titles(open) ==
          QStringList{QStringLiteral("Sign the 9/11 solidarity statement"),
                      QStringLiteral("Register for bystander intervention training"),
                      QStringLiteral("Call Governor Hochul")});

    ActionItemFilter owner;
    owner.owner = QStringLiteral("training TEAM");
    CHECK(titles(owner).size() == 1);

    ActionItemFilter september;
    september.dueFrom = QDate(2021, 9, 1);
    september.dueTo = QDate(2021, 9, 30);
    september.withoutDueDate = false;
    CHECK(titles(september).size() == 2);
    september.withoutDueDate = true;
    CHECK(titles(september).size() == 3);

    ActionItemFilter words;
    words.text = QStringLiteral("bysta train");
    CHECK(titles(words) ==
          QStringList{QStringLiteral("Register for bystander intervention training")});

    ListOptions byTitle;
    byTitle.sortColumn = QStringLiteral("title");
    byTitle.order = Qt::DescendingOrder;
    CHECK(repository.list({}, byTitle).first().title ==
          QLatin1String("Sign the 9/11 solidarity statement"));
}

TEST_CASE("Open items due in a range come in agenda order with counts per day", "[actions]")
{
    TestDatabase t;
    seedBasics(*t.database); // "Call Governor Hochul", due 2021-12-17
    ActionItemRepository repository(*t.database);
    ActionItem undated;
    undated.title = QStringLiteral("Share the toolkit");
    repository.create(undated);
    ActionItem done;
    done.title = QStringLiteral("Already done");
    done.status = QStringLiteral("done");
    done.dueDate = QDate(2021, 12, 17);
    repository.create(done);
    ActionItem urgent;
    urgent.title = QStringLiteral("Zoom call with partners");
    urgent.priority = QStringLiteral("urgent");
    urgent.dueDate = QDate(2021, 12, 17);
    repository.create(urgent);

    const auto week = repository.openItemsDue(QDate(2021, 12, 15), QDate(2021, 12, 22), 10);
    REQUIRE(week.size() == 2);
    CHECK(week[0].title == QLatin1String("Zoom call with partners")); // urgent before normal
    CHECK(repository.openItemsDue(QDate(2021, 12, 15), QDate(2021, 12, 22), 1).size() == 1);
    CHECK(repository.countOpenItemsDue(QDate(2021, 12, 15), QDate(2021, 12, 22)) == 2);
    CHECK(repository.openItemsDue(QDate(), QDate(), 10).first().title ==
          QLatin1String("Share the toolkit"));
    CHECK(repository.countOpenItemsDue(QDate(), QDate(2021, 12, 16)) == 0);
    const auto perDay = repository.openItemsPerDay(QDate(2021, 12, 1), QDate(2021, 12, 31));
    CHECK(perDay.size() == 1);
    CHECK(perDay.value(QDate(2021, 12, 17)) == 2);
}

TEST_CASE("Every way of joining the search index selects the same items", "[actions]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    using Strategy = ActionItemQuery::TextStrategy;
    auto ids = [&](const QString &text, Strategy strategy) {
        ActionItemFilter filter;
        filter.text = text;
        const ActionItemQuery query(filter, QStringLiteral("a"), strategy);
        const QString from = strategy == Strategy::JoinMatches
                                 ? ActionItemQuery::matchesJoin(QStringLiteral("a"))
                                 : QStringLiteral("action_items a");
        Statement select(
            t.database->connection(),
            QStringLiteral("SELECT a.id FROM %1 %2 ORDER BY a.id").arg(from, query.whereClause()));
        for (const auto &value : query.values())
            select.bind(value.first, value.second);
        select.exec();
        QStringList result;
        while (select.next())
            result << select.text(0);
        return result;
    };
    for (const char *text : {"call", "bysta train", "fund", "christian hall vigil", "zzz", "c"}) {
        const QString words = QString::fromLatin1(text);
        const QStringList collected = ids(words, Strategy::CollectMatches);
        CHECK(ids(words, Strategy::CheckMatchList) == collected);
        CHECK(ids(words, Strategy::CheckEachRow) == collected);
        CHECK(ids(words, Strategy::JoinMatches) == collected);
    }
    CHECK(ids(QStringLiteral("fund"), Strategy::CheckEachRow).size() >= 3);
    CHECK(ids(QStringLiteral("zzz"), Strategy::CheckEachRow).isEmpty());
    // The sample's few dozen items: every word is a few matches.
    CHECK(ActionItemQuery::textStrategyFor(t.database->connection(), QStringLiteral("fund")) ==
          Strategy::CollectMatches);
}
