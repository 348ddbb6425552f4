// Fields a newer Coalition adds travel through an older one (schema 6 knows no all_day)
// and come back whole: the sync-trust rule every new field must keep.
#include "model/records/ActionItemRepository.h"
#include "model/storage/Statement.h"
#include "tests/model/feed/FileSync.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

TEST_CASE("An all-day event edited on a laptop of schema 6 comes back an all-day event", "[sync]")
{
    TestDatabase t;
    const QString feed = t.file(QStringLiteral("feed.txt"));
    ActionItem week;
    week.title = QStringLiteral("Week of action for the Excluded Workers Fund");
    week.allDay = true;
    week.eventStart = QDateTime(QDate(2021, 3, 1), QTime(0, 0), Qt::UTC);
    week.eventEnd = QDateTime(QDate(2021, 3, 5), QTime(0, 0), Qt::UTC);
    week = ActionItemRepository(*t.database).create(week);
    syncThroughFile(*t.database, feed);

    {
        // The older laptop: its schema and its catalogue stop at step 6.
        auto older =
            Database::open(t.file(QStringLiteral("older.sqlite")), t.clock,
                           Database::OpenMode::CreateIfMissing, migratorUpTo(6), catalogueUpTo(6));
        syncThroughFile(*older, feed);
        ActionItem seen = *ActionItemRepository(*older).get(week.id);
        CHECK_FALSE(seen.allDay); // it cannot know
        CHECK(seen.eventStart == week.eventStart);
        // It keeps the field it does not know in its stamps, and edits the item.
        CHECK(Statement(older->connection(),
                        QStringLiteral("SELECT value FROM field_stamps WHERE field = 'all_day'"))
                  .scalar()
                  .toString() == QLatin1String("yes"));
        seen.title = QStringLiteral("Week of action: call Governor Hochul every day");
        ActionItemRepository(*older).update(seen);
        syncThroughFile(*older, feed);
    }

    syncThroughFile(*t.database, feed);
    const ActionItem back = *ActionItemRepository(*t.database).get(week.id);
    CHECK(back.title == QLatin1String("Week of action: call Governor Hochul every day"));
    CHECK(back.allDay);
    CHECK(back.eventEnd == week.eventEnd);
}
