#include "model/domain/LocalDays.h"
#include "tests/support/TimeZone.h"

#include <catch2/catch.hpp>

#include <QDateTime>

namespace {

QDate qtDayOf(const QByteArray &text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toLocalTime().date();
}

} // namespace

TEST_CASE("The local day of a stored UTC time is Qt's in every kind of time zone", "[domain]")
{
    // West and east of Greenwich, offsets of half and three quarters of an hour, daylight
    // saving time of an hour and of half an hour; the days around the changes of 2021.
    const char *zones[] = {"America/New_York",    "America/Los_Angeles", "Europe/Madrid",
                           "Asia/Kolkata",        "America/St_Johns",    "Pacific/Chatham",
                           "Australia/Lord_Howe", "Pacific/Kiritimati",  "UTC"};
    const QDate days[] = {QDate(2021, 3, 13), QDate(2021, 3, 27),  QDate(2021, 4, 3),
                          QDate(2021, 9, 25), QDate(2021, 10, 30), QDate(2021, 11, 6),
                          QDate(2021, 12, 31)};
    for (const char *zone : zones) {
        const TimeZone local(zone);
        LocalDays localDays;
        for (const QDate &first : days) {
            // Every 7 minutes (and a second) over three days, the same day's times often.
            const QDateTime start(first, QTime(0, 0), Qt::UTC);
            for (int minutes = 0; minutes < 3 * 24 * 60; minutes += 7) {
                const QByteArray text =
                    start.addSecs(minutes * 60 + 1).toString(Qt::ISODateWithMs).toLatin1();
                CAPTURE(zone, text);
                REQUIRE(localDays.dayOf(text) == qtDayOf(text));
            }
        }
    }
}

TEST_CASE("Times not in the stored form are read one by one or not at all", "[domain]")
{
    const TimeZone local("America/New_York");
    LocalDays localDays;
    CHECK(localDays.dayOf("2021-12-15T03:00:00Z") == QDate(2021, 12, 14));
    CHECK(localDays.dayOf("2021-12-15T03:00:00.123Z") == QDate(2021, 12, 14));
    CHECK(localDays.dayOf("2021-12-15T03:00:00+01:00") == QDate(2021, 12, 14));
    CHECK(localDays.dayOf("2021-12-15T12:00:00") == QDate(2021, 12, 15));
    CHECK_FALSE(localDays.dayOf("").isValid());
    CHECK_FALSE(localDays.dayOf("yesterday").isValid());
    CHECK_FALSE(localDays.dayOf("2021-13-45T03:00:00.000Z").isValid());
    CHECK_FALSE(localDays.dayOf("2021-12-15T0x:00:00.000Z").isValid());
    CHECK(LocalDays::calendarDay("2021-12-15") == QDate(2021, 12, 15));
    CHECK_FALSE(LocalDays::calendarDay("2021-12-5").isValid());
    CHECK_FALSE(LocalDays::calendarDay("2021/12/15").isValid());
    CHECK_FALSE(LocalDays::calendarDay("2021-02-30").isValid());
    CHECK_FALSE(LocalDays::calendarDay("").isValid());
}
