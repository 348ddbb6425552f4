#include "model/domain/ActionRules.h"
#include "model/domain/Clock.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/Agenda.h"
#include "tests/support/TestDatabase.h"
#include "ui/presentation/ActionItemsFilterBar.h"
#include "ui/presentation/ReminderText.h"

#include <catch2/catch.hpp>

namespace {

void addItem(Database &database, const QDate &due, const QString &status)
{
    ActionItem item;
    item.title = QStringLiteral("Call the council member");
    item.dueDate = due;
    item.status = status;
    ActionItemRepository(database).create(item);
}

// Items due from 40 days ago to 40 days ahead, today and undated, in every status.
void addSpreadOfItems(Database &database, const QDate &today)
{
    const QStringList statuses = Vocabulary::actionStatus().words();
    for (const QString &status : statuses) {
        for (int day = -40; day <= 40; day += 3)
            addItem(database, today.addDays(day), status);
        addItem(database, today, status);
        addItem(database, QDate(), status);
    }
}

} // namespace

TEST_CASE("The status list offers open first - then any status - then each status",
          "[presentation]")
{
    const auto choices = ActionItemsFilterBar::statusChoices();
    const QStringList words = Vocabulary::actionStatus().words();
    REQUIRE(choices.size() == 2 + words.size());
    CHECK(choices[0].first == QLatin1String("Open"));
    CHECK(choices[0].second.split(QLatin1Char(',')) == ActionRules::openStatuses());
    CHECK(choices[ActionItemsFilterBar::anyStatus].second.isEmpty());
    for (int i = 0; i < words.size(); ++i)
        CHECK(choices[2 + i].second == words[i]);
    CHECK(ActionItemsFilterBar().statusChoice == choices[0].second);
    CHECK(ActionItemsFilterBar::dueChoices().size() == ActionItemsFilterBar::Between + 1);
}

TEST_CASE("Each due window selects exactly the items due in it", "[presentation]")
{
    TestDatabase t;
    const QDate today = t.database->clock().today();
    addSpreadOfItems(*t.database, today);
    ActionItemRepository actions(*t.database);
    const QVector<ActionItem> all = actions.list({}, {});

    ActionItemsFilterBar bar;
    bar.statusChoice.clear(); // any status
    auto expect = [&](ActionItemsFilterBar::DueWindow window,
                      const std::function<bool(const QDate &)> &in) {
        bar.due = window;
        int expected = 0;
        for (const ActionItem &item : all)
            expected += in(item.dueDate) ? 1 : 0;
        CHECK(actions.count(bar.filter(today)) == expected);
        CHECK(expected > 0);
    };
    expect(ActionItemsFilterBar::AnyDue, [](const QDate &) { return true; });
    expect(ActionItemsFilterBar::Overdue,
           [&](const QDate &due) { return due.isValid() && due < today; });
    expect(ActionItemsFilterBar::NextWeek, [&](const QDate &due) {
        return due.isValid() && due >= today && due <= today.addDays(7);
    });
    expect(ActionItemsFilterBar::Next30Days, [&](const QDate &due) {
        return due.isValid() && due >= today && due <= today.addDays(30);
    });
    expect(ActionItemsFilterBar::Undated, [](const QDate &due) { return !due.isValid(); });
    bar.dueFrom = today.addDays(-3);
    bar.dueTo = today.addDays(10);
    expect(ActionItemsFilterBar::Between, [&](const QDate &due) {
        return due.isValid() && due >= today.addDays(-3) && due <= today.addDays(10);
    });
    bar.dueFrom = QDate(); // open-ended: from any day
    expect(ActionItemsFilterBar::Between,
           [&](const QDate &due) { return due.isValid() && due <= today.addDays(10); });
    bar.dueTo = QDate(); // no day given yet: everything
    expect(ActionItemsFilterBar::Between, [](const QDate &) { return true; });
}

TEST_CASE("The Overdue filter - the agenda - the reminder and the red rows count the same items",
          "[presentation]")
{
    TestDatabase t;
    const QDate today = t.database->clock().today();
    addSpreadOfItems(*t.database, today);
    ActionItemRepository actions(*t.database);
    int overdue = 0;
    int dueToday = 0;
    for (const ActionItem &item : actions.list({}, {})) {
        overdue += ActionRules::isOverdue(item.dueDate, item.status, today) ? 1 : 0;
        dueToday += item.isOpen() && item.dueDate == today ? 1 : 0;
    }
    REQUIRE(overdue > 0);
    REQUIRE(dueToday > 0);

    ActionItemsFilterBar bar; // "Open", as the page starts
    bar.due = ActionItemsFilterBar::Overdue;
    CHECK(actions.count(bar.filter(today)) == overdue);
    const auto groups = Agenda::build(*t.database, today);
    REQUIRE(groups.first().bucket == AgendaBucket::Overdue);
    CHECK(groups.first().total == overdue);
    CHECK(ReminderText::compose(*t.database) ==
          QStringLiteral("Reminder: %1 action items are due today, and %2 action items are "
                         "overdue. See Deadlines (Ctrl+5).")
              .arg(dueToday)
              .arg(overdue));
}

TEST_CASE("The reminder is silent with nothing due - and says one item in the singular",
          "[presentation]")
{
    TestDatabase t;
    const QDate today = t.database->clock().today();
    CHECK(ReminderText::compose(*t.database).isEmpty());
    addItem(*t.database, today.addDays(1), QStringLiteral("todo"));
    addItem(*t.database, today.addDays(-1), QStringLiteral("done"));
    CHECK(ReminderText::compose(*t.database).isEmpty());
    addItem(*t.database, today, QStringLiteral("doing"));
    CHECK(ReminderText::compose(*t.database) ==
          QLatin1String("Reminder: 1 action item is due today. See Deadlines (Ctrl+5)."));
}

TEST_CASE("The match count says more than the limit once it is reached", "[presentation]")
{
    CHECK(ActionItemsFilterBar::matchMessage(0) == QLatin1String("0 action items match"));
    CHECK(ActionItemsFilterBar::matchMessage(999) == QLatin1String("999 action items match"));
    CHECK(ActionItemsFilterBar::matchMessage(ActionItemsFilterBar::countLimit) ==
          QLatin1String("More than 1000 action items match"));
}
