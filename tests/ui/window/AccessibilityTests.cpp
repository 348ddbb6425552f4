// What a screen reader and a keyboard-only user meet: every control on every page of
// the real window has a name to announce, and every page can be reached from the
// keyboard alone.
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

namespace {

// The controls a user operates: buttons, fields, lists and tables.
bool isControl(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
           qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
           qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextBrowser *>(widget);
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// "QComboBox campaignFilter on actionItemsPage": enough to find the widget.
QString describe(QWidget *widget)
{
    QString where;
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() &&
            !parent->objectName().startsWith(QLatin1String("qt_"))) {
            where = parent->objectName();
            break;
        }
    }
    return QStringLiteral("%1 %2 on %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), where);
}

} // namespace

TEST_CASE("Every control on every page has an accessible name", "[accessibility]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);
    QStringList unnamed;
    int checked = 0;
    for (int page = 0; page < pages->count(); ++page) {
        window.showPage(page);
        QApplication::processEvents();
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            // Qt's own parts of a control (a combo box's line edit, a header's
            // buttons, a scroll bar) are announced through the control itself.
            if (!widget->isVisible() || !isControl(widget) ||
                widget->objectName().startsWith(QLatin1String("qt_")) ||
                qobject_cast<QComboBox *>(widget->parentWidget()) ||
                qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                continue;
            ++checked;
            if (accessibleName(widget).isEmpty())
                unnamed << describe(widget);
        }
    }
    unnamed.removeDuplicates();
    INFO(unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
    CHECK(checked > 30);
}

TEST_CASE("Every page is reached from the keyboard and takes the focus to its list",
          "[accessibility]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *pages = window.findChild<QStackedWidget *>();
    REQUIRE(pages);
    for (int page = 0; page < pages->count(); ++page) {
        INFO("Ctrl+" << page + 1);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QApplication::processEvents();
        CHECK(pages->currentIndex() == page);
        // Tab walks from the navigation into the page's controls and never gets stuck.
        QWidget *start = QApplication::focusWidget();
        REQUIRE(start);
        QSet<QWidget *> visited;
        for (int step = 0; step < 40; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited.insert(QApplication::focusWidget());
        }
        QStringList names;
        for (QWidget *widget : visited)
            names << (widget ? describe(widget) : QStringLiteral("(none)"));
        INFO("Tab visited: " << names.join(QStringLiteral(", ")).toStdString());
        CHECK(visited.size() >= 3);
        // A list, or on a page with nothing yet (the sample's Inbox) the button that adds
        // the first.
        bool reachedList = false;
        for (QWidget *widget : visited)
            reachedList =
                reachedList || (widget &&
                                (qobject_cast<QAbstractItemView *>(widget) ||
                                 widget->objectName() == QLatin1String("emptyStateButton")) &&
                                pages->currentWidget()->isAncestorOf(widget));
        CHECK(reachedList);
    }
}

TEST_CASE("The window fits a 1366 by 768 laptop screen in English and in Spanish",
          "[accessibility]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    for (const char *language : {"en", "es"}) {
        INFO(language);
        QTranslator spanish;
        if (QLatin1String(language) == QLatin1String("es")) {
            REQUIRE(spanish.load(QStringLiteral(COALITION_QM_DIR "/coalition_es.qm")));
            QCoreApplication::installTranslator(&spanish);
        }
        MainWindow window(*t.database);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QStackedWidget *>();
        REQUIRE(pages);
        for (int page = 0; page < pages->count(); ++page) {
            INFO("page " << page);
            window.showPage(page);
            QApplication::processEvents();
            CHECK(window.minimumSizeHint().width() <= 1366);
            CHECK(window.minimumSizeHint().height() <= 768);
        }
        QCoreApplication::removeTranslator(&spanish);
    }
}
