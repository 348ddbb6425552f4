#include "app/desktop/DesktopSession.h"
#include "model/records/CampaignRepository.h"
#include "tests/support/TestDatabase.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTest>

TEST_CASE("An empty database offers the sample and File > Open switches databases", "[ui]")
{
    TestDatabase t; // for its folder and clock; the session opens its own files
    DesktopSession session(t.clock);
    int asked = 0;
    session.setSampleQuestion([&] {
        ++asked;
        return true;
    });
    const QString first = t.file(QStringLiteral("first.sqlite"));
    REQUIRE(session.open(first));
    CHECK(asked == 1);
    REQUIRE(session.window());
    CHECK(session.window()->windowTitle().startsWith(QLatin1String("first.sqlite")));

    // The second database starts empty: this time the user says no.
    session.setSampleQuestion([&] {
        ++asked;
        return false;
    });
    const QString second = t.file(QStringLiteral("second.sqlite"));
    emit session.window()->openDatabaseRequested(second);
    CHECK(QTest::qWaitFor([&] {
        return session.window() &&
               session.window()->windowTitle().startsWith(QLatin1String("second"));
    }));
    CHECK(asked == 2);
    CHECK(QFileInfo::exists(second));

    CHECK(CampaignRepository(*Database::open(first, t.clock)).count() >= 10);
    CHECK(CampaignRepository(*Database::open(second, t.clock)).count() == 0);
}
