#include "model/domain/HybridLogicalClock.h"
#include "model/domain/ShiftedClock.h"
#include "tests/support/FixedClock.h"

#include <catch2/catch.hpp>

#include <QThread>
#include <limits>

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

TEST_CASE("The hybrid logical clock carries a full counter into the next millisecond - a later "
          "edit still wins",
          "[clock]")
{
    const qint64 now = 1640889005120;
    HybridLogicalClock clock(QStringLiteral("this-laptop"));
    // Another laptop's stamp with the largest counter, at this very millisecond.
    const Stamp remote{now, std::numeric_limits<quint32>::max(), QStringLiteral("other")};
    clock.receive(remote, now);
    CHECK(remote < clock.last());
    const Stamp edit = clock.tick(now);
    CHECK(remote < edit);
    CHECK(edit.wall == now + 1);
    // Ticking past the largest counter of its own does the same.
    HybridLogicalClock own(QStringLiteral("this-laptop"),
                           {now, std::numeric_limits<quint32>::max(), {}});
    const Stamp next = own.tick(now - 5000); // the wall clock went back
    CHECK(Stamp{now, std::numeric_limits<quint32>::max(), QStringLiteral("this-laptop")} < next);
    CHECK(next.counter == 0);
}
