#include "ActionItemRepository.h"
#include "MainWindow.h"
#include "SampleDataLoader.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {

QString countLabel(MainWindow &window)
{
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("action item")))
            return label->text();
    }
    return {};
}

} // namespace

TEST_CASE("The first window lists the open action items and filters as the user types", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *table = window.findChild<QTableView *>(QStringLiteral("actionTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *showFinished = window.findChild<QCheckBox *>(QStringLiteral("showFinished"));
    REQUIRE(table);
    REQUIRE(search);
    REQUIRE(showFinished);

    ActionItemFilter open;
    open.statuses = {QStringLiteral("todo"), QStringLiteral("doing")};
    const int openCount = int(ActionItemRepository(*t.database).list(open).size());
    CHECK(countLabel(window) == QStringLiteral("%1 open action items").arg(openCount));
    CHECK(table->model()->rowCount() > 0);
    // Overdue first: the agenda's order is the default sort.
    CHECK(table->model()->index(0, 4).data().toString() == QLatin1String("2021-08-31"));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("vigil"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString().contains(QLatin1String("Christian Hall")));

    search->clear();
    QTest::mouseClick(showFinished, Qt::LeftButton, {}, QPoint(5, showFinished->height() / 2));
    CHECK(showFinished->isChecked());
    const int all = ActionItemRepository(*t.database).count();
    CHECK(countLabel(window) == QStringLiteral("%1 action items").arg(all));
}

TEST_CASE("The window's screenshot is a real picture of it", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString png = t.file(QStringLiteral("shot.png"));
    REQUIRE(window.saveScreenshot(png));
    const QImage image(png);
    CHECK(image.size() == window.size() * window.devicePixelRatio());
}
