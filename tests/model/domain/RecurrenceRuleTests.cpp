#include "model/domain/RecurrenceRule.h"
#include "model/domain/ValidationError.h"
#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

namespace {

QVector<QDate> days(const char *rule, const QDate &start, int count, const QDate &from = {})
{
    return RecurrenceRule::fromText(QString::fromLatin1(rule))
        .occurrences(start, from.isValid() ? from : start, count);
}

} // namespace

TEST_CASE("Recurrence rules expand as RFC 5545 says - hand-computed cases", "[recurrence]")
{
    // Every week on Tuesday, from Tuesday 7 December 2021.
    CHECK(days("FREQ=WEEKLY;BYDAY=TU", QDate(2021, 12, 7), 4) ==
          QVector<QDate>{QDate(2021, 12, 7), QDate(2021, 12, 14), QDate(2021, 12, 21),
                         QDate(2021, 12, 28)});
    // Every 2 weeks, until a date (inclusive).
    CHECK(days("FREQ=WEEKLY;INTERVAL=2;UNTIL=20220118", QDate(2021, 12, 7), 10) ==
          QVector<QDate>{QDate(2021, 12, 7), QDate(2021, 12, 21), QDate(2022, 1, 4),
                         QDate(2022, 1, 18)});
    // The first Monday of each month, 3 times.
    CHECK(days("FREQ=MONTHLY;BYDAY=1MO;COUNT=3", QDate(2021, 12, 6), 10) ==
          QVector<QDate>{QDate(2021, 12, 6), QDate(2022, 1, 3), QDate(2022, 2, 7)});
    // The last Friday of each month.
    CHECK(days("FREQ=MONTHLY;BYDAY=-1FR", QDate(2021, 12, 31), 3) ==
          QVector<QDate>{QDate(2021, 12, 31), QDate(2022, 1, 28), QDate(2022, 2, 25)});
    // Month ends: the 31st only in months that have one (RFC 5545 skips the others).
    CHECK(days("FREQ=MONTHLY;BYMONTHDAY=31", QDate(2022, 1, 31), 3) ==
          QVector<QDate>{QDate(2022, 1, 31), QDate(2022, 3, 31), QDate(2022, 5, 31)});
    // The last day of each month, whatever its length.
    CHECK(days("FREQ=MONTHLY;BYMONTHDAY=-1", QDate(2024, 1, 31), 3) ==
          QVector<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31)});
    // Leap days: 29 February comes every four years.
    CHECK(days("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", QDate(2020, 2, 29), 3) ==
          QVector<QDate>{QDate(2020, 2, 29), QDate(2024, 2, 29), QDate(2028, 2, 29)});
    // From a later day: the series' days from then, still counted from its start.
    CHECK(days("FREQ=WEEKLY;BYDAY=TU;COUNT=3", QDate(2021, 12, 7), 10, QDate(2021, 12, 15)) ==
          QVector<QDate>{QDate(2021, 12, 21)});
    // Across the end of daylight saving time in New York (7 November 2021) a weekly
    // series keeps its weekday: the days are dates, the time of day is the item's.
    CHECK(days("FREQ=WEEKLY", QDate(2021, 11, 2), 3) ==
          QVector<QDate>{QDate(2021, 11, 2), QDate(2021, 11, 9), QDate(2021, 11, 16)});
}

TEST_CASE("The next open occurrence skips the days already done or skipped", "[recurrence]")
{
    const RecurrenceRule weekly = RecurrenceRule::fromText(QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    const QDate start(2021, 12, 7);
    CHECK(weekly.nextOpen(start, start, {}) == start);
    CHECK(weekly.nextOpen(start, start, {start}) == QDate(2021, 12, 14));
    CHECK(weekly.nextOpen(start, start, {start, QDate(2021, 12, 14)}) == QDate(2021, 12, 21));
    // All three settled: the series has ended.
    CHECK_FALSE(
        weekly.nextOpen(start, start, {start, QDate(2021, 12, 14), QDate(2021, 12, 21)}).isValid());
}

TEST_CASE("Rules that are not rules are refused with the field named - and read back alike",
          "[recurrence]")
{
    for (const char *bad :
         {"", "every tuesday", "FREQ=SOMETIMES", "FREQ=HOURLY", "FREQ=WEEKLY;BYDAY=XX"}) {
        INFO(bad);
        CHECK_FALSE(RecurrenceRule::isValid(QString::fromLatin1(bad)));
        CHECK_THROWS_AS(RecurrenceRule::fromText(QString::fromLatin1(bad)), ValidationError);
    }
    CHECK(RecurrenceRule::fromText(QStringLiteral("RRULE:FREQ=WEEKLY;BYDAY=TU")).text() ==
          QLatin1String("FREQ=WEEKLY;BYDAY=TU"));
    // In words (the English plural forms the tests load): the rule's own days.
    CHECK(RecurrenceRule::fromText(QStringLiteral("FREQ=WEEKLY;BYDAY=TU")).describe() ==
          QLatin1String("every week on Tuesday"));
    CHECK(RecurrenceRule::fromText(QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO;COUNT=6"))
              .describe() == QLatin1String("every 2 months on the first Monday, 6 times"));
}
