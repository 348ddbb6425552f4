// Repeating action items across laptops (docs/recurrence.md): each occurrence's outcome
// is a field of its own, so completions made offline on two laptops all survive a sync,
// the same occurrence completed twice is one completion, and the due date settles on the
// first occurrence nobody has done.
#include "model/domain/RecurrenceRule.h"
#include "model/domain/ValidationError.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/Agenda.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/model/feed/FileSync.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TimeZone.h"

#include <catch2/catch.hpp>

namespace {

struct TwoLaptops
{
    TestDatabase t;
    QString feed = t.file(QStringLiteral("feed.txt"));
    std::unique_ptr<Database> other = Database::open(t.file(QStringLiteral("other.sqlite")),
                                                     t.clock, Database::OpenMode::CreateIfMissing);
    QString id;

    TwoLaptops()
    {
        other->setAuthor(QStringLiteral("Bo"));
        t.database->setAuthor(QStringLiteral("Ana"));
        ActionItem call;
        call.title = QStringLiteral("Coalition's weekly call");
        call.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
        call.dueDate = QDate(2021, 12, 7);
        id = ActionItemRepository(*t.database).create(call).id;
        syncThroughFile(*t.database, feed);
        syncThroughFile(*other, feed);
    }
    void settleEverywhere()
    {
        syncThroughFile(*t.database, feed);
        syncThroughFile(*other, feed);
        syncThroughFile(*t.database, feed);
    }
    QStringList outcomes(Database &database)
    {
        QStringList list;
        for (const StampStore::FieldEntry &entry :
             ActionItemRepository(database).occurrenceOutcomes(id))
            list << entry.field + QLatin1Char('=') + entry.value + QLatin1Char('/') + entry.author;
        return list;
    }
};

} // namespace

TEST_CASE("Completing an occurrence records it and moves the item to the next one", "[recurrence]")
{
    TestDatabase t;
    ActionItem call;
    call.title = QStringLiteral("Coalition's weekly call");
    call.recurrence = QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3");
    call.dueDate = QDate(2021, 12, 7);
    ActionItemRepository actions(*t.database);
    call = actions.create(call);
    CHECK(call.recurrence == QLatin1String("FREQ=WEEKLY;COUNT=3;BYDAY=TU")); // libical's spelling
    CHECK(call.seriesStart == QDate(2021, 12, 7));

    CHECK(actions.settleOccurrence(call.id, QStringLiteral("done")).dueDate == QDate(2021, 12, 14));
    CHECK(actions.settleOccurrence(call.id, QStringLiteral("skipped")).dueDate ==
          QDate(2021, 12, 21));
    const QVector<StampStore::FieldEntry> outcomes = actions.occurrenceOutcomes(call.id);
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].field == RecurrenceRule::occurrenceField(QDate(2021, 12, 7)));
    CHECK(outcomes[0].value == QLatin1String("done"));
    CHECK(outcomes[1].value == QLatin1String("skipped"));
    CHECK(outcomes[0].author == t.database->author());
    // The last of its three occurrences done: the series has ended, the item is done.
    const ActionItem last = actions.settleOccurrence(call.id, QStringLiteral("done"));
    CHECK(last.status == QLatin1String("done"));
    CHECK(last.dueDate == QDate(2021, 12, 21));

    // A rule that is no rule is refused at its field.
    ActionItem bad = last;
    bad.recurrence = QStringLiteral("every other Tuesday");
    CHECK_THROWS_AS(actions.update(bad), ValidationError);
}

TEST_CASE("Two laptops completing the same occurrence offline end with one completion",
          "[recurrence][sync]")
{
    TwoLaptops laptops;
    ActionItemRepository(*laptops.t.database).settleOccurrence(laptops.id, QStringLiteral("done"));
    laptops.t.clock.advanceSeconds(60);
    ActionItemRepository(*laptops.other).settleOccurrence(laptops.id, QStringLiteral("done"));
    laptops.settleEverywhere();
    for (Database *database : {laptops.t.database.get(), laptops.other.get()}) {
        const auto item = ActionItemRepository(*database).get(laptops.id);
        REQUIRE(item);
        CHECK(item->dueDate == QDate(2021, 12, 14));
        CHECK(ActionItemRepository(*database).count() == 1);
        REQUIRE(laptops.outcomes(*database).size() == 1);
    }
    CHECK(laptops.outcomes(*laptops.t.database) == laptops.outcomes(*laptops.other));
}

TEST_CASE("Completions of different occurrences on two laptops all survive - the due date "
          "settles past them",
          "[recurrence][sync]")
{
    TwoLaptops laptops;
    // Ana does two weeks; Bo, later and offline, does only the first.
    ActionItemRepository(*laptops.t.database).settleOccurrence(laptops.id, QStringLiteral("done"));
    ActionItemRepository(*laptops.t.database).settleOccurrence(laptops.id, QStringLiteral("done"));
    laptops.t.clock.advanceSeconds(3600);
    ActionItemRepository(*laptops.other).settleOccurrence(laptops.id, QStringLiteral("skipped"));
    laptops.settleEverywhere();
    for (Database *database : {laptops.t.database.get(), laptops.other.get()}) {
        const auto item = ActionItemRepository(*database).get(laptops.id);
        REQUIRE(item);
        CHECK(item->dueDate == QDate(2021, 12, 21)); // neither done week comes back
        CHECK(laptops.outcomes(*database).size() == 2);
    }
    CHECK(laptops.outcomes(*laptops.t.database) == laptops.outcomes(*laptops.other));
}

TEST_CASE("A repeating event keeps its local time across the end of daylight saving time",
          "[recurrence]")
{
    TimeZone newYork("America/New_York");
    TestDatabase t;
    ActionItem call;
    call.title = QStringLiteral("Coalition's weekly call");
    call.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    call.dueDate = QDate(2021, 11, 2);
    // 6:00 PM in New York on 2 November 2021 is 22:00 UTC (daylight saving time)...
    call.eventStart = QDateTime(QDate(2021, 11, 2), QTime(22, 0), Qt::UTC);
    call.eventEnd = QDateTime(QDate(2021, 11, 2), QTime(23, 0), Qt::UTC);
    ActionItemRepository actions(*t.database);
    call = actions.create(call);
    const ActionItem next = actions.settleOccurrence(call.id, QStringLiteral("done"));
    // ...and on 9 November, after clocks went back, 23:00 UTC: still 6:00 PM there.
    CHECK(next.dueDate == QDate(2021, 11, 9));
    CHECK(next.eventStart == QDateTime(QDate(2021, 11, 9), QTime(23, 0), Qt::UTC));
    CHECK(next.eventEnd == QDateTime(QDate(2021, 11, 10), QTime(0, 0), Qt::UTC));
    CHECK(next.eventStart.toLocalTime().time() == QTime(18, 0));
}

TEST_CASE("The agenda shows a weekly item's next four dates", "[recurrence]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    QVector<QDate> days;
    int upcoming = 0;
    for (const Agenda::Group &group : Agenda::build(*t.database, QDate(2021, 12, 15))) {
        for (const Agenda::Entry &entry : group.entries) {
            if (entry.item.title == QLatin1String("Join the coalition's weekly call")) {
                days << entry.item.dueDate;
                upcoming += entry.upcoming ? 1 : 0;
            }
        }
    }
    CHECK(days == QVector<QDate>{QDate(2021, 12, 21), QDate(2021, 12, 28), QDate(2022, 1, 4),
                                 QDate(2022, 1, 11)});
    CHECK(upcoming == 3); // the first is the item itself, due
    // The calendar marks them too.
    const QMap<QDate, int> marks =
        ActionItemRepository(*t.database).openItemsPerDay(QDate(2021, 12, 1), QDate(2022, 1, 31));
    for (const QDate &day : days)
        CHECK(marks.value(day) >= 1);
    // Clicking the 28th in the calendar lists the call on that day.
    const QVector<Agenda::Group> onThe28th =
        Agenda::forDay(*t.database, QDate(2021, 12, 28), QDate(2021, 12, 15));
    REQUIRE(onThe28th.size() == 1);
    CHECK(onThe28th.first().entries.first().item.title ==
          QLatin1String("Join the coalition's weekly call"));
}
