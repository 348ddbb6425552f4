#include "model/domain/ShiftedClock.h"
#include "tests/support/FixedClock.h"

#include <catch2/catch.hpp>

#include <QThread>

TEST_CASE("A shifted clock reports the chosen day while time keeps running", "[clock]")
{
    const ShiftedClock clock(QDate(2021, 12, 15));
    CHECK(clock.today() == QDate(2021, 12, 15));
    const QDateTime first = clock.now();
    QThread::msleep(5);
    CHECK(clock.now() > first);
    CHECK(qAbs(first.toLocalTime().date().daysTo(QDate(2021, 12, 15))) <= 1);
}

TEST_CASE("A fixed clock stamps UTC ISO 8601 with milliseconds", "[clock]")
{
    FixedClock clock(QDateTime(QDate(2021, 12, 30), QTime(18, 30, 5, 120), Qt::UTC));
    CHECK(clock.nowIsoUtc() == QLatin1String("2021-12-30T18:30:05.120Z"));
    clock.advanceSeconds(60);
    CHECK(clock.nowIsoUtc() == QLatin1String("2021-12-30T18:31:05.120Z"));
    CHECK(clock.today() == QDate(2021, 12, 30));
}
