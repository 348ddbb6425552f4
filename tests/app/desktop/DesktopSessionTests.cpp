#include "app/desktop/DesktopSession.h"
#include "model/records/CampaignRepository.h"
#include "tests/support/TestDatabase.h"
#include "ui/pages/Page.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

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

TEST_CASE("The first run asks with buttons that say what they do - then every page of the empty "
          "database says what it is for",
          "[ui]")
{
    TestDatabase t;
    DesktopSession session(t.clock);
    QStringList buttons;
    bool escapeIsEmpty = false;
    // The real question, answered as a person would: Escape starts empty.
    QTimer::singleShot(0, [&] {
        auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(question);
        for (QAbstractButton *button : question->buttons())
            buttons << button->text();
        if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
            question->grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                                  QStringLiteral("/first-run.png"));
        escapeIsEmpty = question->escapeButton() &&
                        question->escapeButton()->text() == QLatin1String("&Start empty");
        QTest::keyClick(question, Qt::Key_Escape);
    });
    REQUIRE(session.open(t.file(QStringLiteral("new.sqlite"))));
    buttons.sort();
    CHECK(buttons == QStringList{QStringLiteral("&Load the sample coalition"),
                                 QStringLiteral("&Start empty")});
    CHECK(escapeIsEmpty);

    MainWindow *window = session.window();
    REQUIRE(window);
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window->showPage(page);
        auto *empty = window->page(page)->findChild<QWidget *>(QStringLiteral("emptyState"));
        REQUIRE(empty);
        CHECK(empty->isVisible());
        CHECK_FALSE(empty->findChild<QLabel *>(QStringLiteral("emptyStateText"))->text().isEmpty());
    }
    // The Organizations page's button adds the first one; the page then lists it.
    window->showPage(MainWindow::OrganizationsPage);
    QWidget *page = window->page(MainWindow::OrganizationsPage);
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        REQUIRE(name);
        name->setText(QStringLiteral("Make the Road New York"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("emptyStateButton")),
                      Qt::LeftButton);
    CHECK_FALSE(page->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    CHECK(page->findChild<QTableView *>(QStringLiteral("organizationTable"))->isVisible());
    // Deleted again (undo), the page says what it is for once more.
    window->findChild<QUndoStack *>()->undo();
    CHECK(page->findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
}
