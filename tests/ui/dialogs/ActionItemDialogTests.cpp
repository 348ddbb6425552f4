#include "model/domain/ActionRules.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TimeZone.h"
#include "ui/dialogs/ActionItemDialog.h"
#include "ui/dialogs/DateField.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/presentation/ActionItemsFilterBar.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include "model/domain/ValidationError.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

namespace {

// A locale for one test case: the pickers read QLocale() when they are made.
struct Locale
{
    explicit Locale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~Locale() { QLocale::setDefault(QLocale::c()); }
};

// Types into a picker as a person does: the field emptied, then the text.
void typeInto(DateField *field, const QString &text)
{
    REQUIRE(field);
    field->lineEdit()->selectAll();
    QTest::keyClick(field->lineEdit(), Qt::Key_Delete);
    REQUIRE(field->isEmpty());
    QTest::keyClicks(field->lineEdit(), text);
}

DateField *picker(QWidget &dialog, const char *name)
{
    return dialog.findChild<DateField *>(QString::fromLatin1(name));
}

void save(QWidget &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("A date picker takes dates typed in the locale's format or ISO and empty is none", "[ui]")
{
    SECTION("United States: month first")
    {
        Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
        DateField field(DateField::Shows::Date, QStringLiteral("due_date"));
        CHECK(DateField::dateFormat(QLocale()) == QLatin1String("M/d/yyyy"));
        CHECK(field.isEmpty());
        CHECK_FALSE(field.day().isValid());
        CHECK(field.lineEdit()->placeholderText().contains(QLatin1String("12/30/2021")));
        for (const char *typed : {"12/16/2021", "12/16/21", "2021-12-16", " 12/16/2021 "}) {
            typeInto(&field, QString::fromLatin1(typed));
            CHECK(field.day() == QDate(2021, 12, 16));
        }
        field.setDay(QDate(2021, 1, 5));
        CHECK(field.text() == QLatin1String("1/5/2021"));
    }
    SECTION("Spain: day first")
    {
        Locale spain(QLocale(QLocale::Spanish, QLocale::Spain));
        DateField field(DateField::Shows::Date, QStringLiteral("due_date"));
        typeInto(&field, QStringLiteral("16/12/2021"));
        CHECK(field.day() == QDate(2021, 12, 16));
    }
    SECTION("A text that is no date is refused at its field")
    {
        Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
        DateField field(DateField::Shows::Date, QStringLiteral("due_date"));
        for (const char *typed : {"2/30/2021", "next week", "16/12/2021"}) {
            typeInto(&field, QString::fromLatin1(typed));
            try {
                (void)field.day();
                FAIL("no error for " << typed);
            } catch (const ValidationError &error) {
                CHECK(error.field() == QLatin1String("due_date"));
                CHECK(error.message().contains(QLatin1String("is not a date")));
                CHECK(error.message().contains(QLatin1String("12/30/2021")));
            }
        }
    }
    SECTION("Times as clocks write them")
    {
        Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
        DateField field(DateField::Shows::DateAndTime, QStringLiteral("event_start"));
        for (const char *typed : {"12/30/2021 6:30 PM", "12/30/2021 6:30 pm", "12/30/2021 18:30",
                                  "2021-12-30 18:30", "2021-12-30T18:30:00"}) {
            typeInto(&field, QString::fromLatin1(typed));
            CHECK(field.moment() == QDateTime(QDate(2021, 12, 30), QTime(18, 30)));
        }
    }
}

TEST_CASE("The calendar pop-up opens on today and picks a day with the keyboard", "[ui]")
{
    DateField field(DateField::Shows::Date, QStringLiteral("due_date"));
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    QCalendarWidget *calendar = field.calendar();

    // F4 opens it on today; Escape closes it and leaves no date.
    QTest::keyClick(field.lineEdit(), Qt::Key_F4);
    REQUIRE(field.isCalendarShown());
    CHECK(calendar->selectedDate() == QDate::currentDate());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(field.isCalendarShown());
    CHECK(field.isEmpty());

    // Alt+Down opens it; Right arrow to tomorrow, Enter picks it.
    QTest::keyClick(field.lineEdit(), Qt::Key_Down, Qt::AltModifier);
    REQUIRE(field.isCalendarShown());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK_FALSE(field.isCalendarShown());
    CHECK(field.day() == QDate::currentDate().addDays(1));

    // Opened again, it shows the day chosen.
    QTest::keyClick(field.lineEdit(), Qt::Key_F4);
    CHECK(calendar->selectedDate() == QDate::currentDate().addDays(1));
}

TEST_CASE("An event typed in New York time is stored in UTC and shown back as typed", "[ui]")
{
    TimeZone newYork("America/New_York");
    Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase t;
    ActionItem item;
    item.title = QStringLiteral("Vigil for Christian Hall");
    ActionItemDialog dialog(*t.database, item);
    typeInto(picker(dialog, "eventStartEdit"), QStringLiteral("12/30/2021 6:30 PM"));
    typeInto(picker(dialog, "event_end"), QStringLiteral("12/30/2021 8:00 PM"));
    save(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);
    const ActionItem saved = dialog.item();
    CHECK(saved.eventStart == QDateTime(QDate(2021, 12, 30), QTime(23, 30), Qt::UTC));
    CHECK(saved.eventEnd == QDateTime(QDate(2021, 12, 31), QTime(1, 0), Qt::UTC));
    CHECK_FALSE(saved.allDay);
    // With no deadline typed, the event is due the (local) day it starts.
    CHECK(saved.dueDate == QDate(2021, 12, 30));

    ActionItemDialog again(*t.database, saved);
    CHECK(picker(again, "eventStartEdit")->text() == QLatin1String("12/30/2021 6:30 PM"));
}

TEST_CASE("An all-day event keeps its days whatever the time zone", "[ui]")
{
    TimeZone tokyo("Asia/Tokyo");
    Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase t;
    ActionItem item;
    item.title = QStringLiteral("Week of action for the Excluded Workers Fund");
    ActionItemDialog dialog(*t.database, item);
    auto *allDay = dialog.findChild<QCheckBox *>(QStringLiteral("all_day"));
    REQUIRE(allDay);
    QTest::mouseClick(allDay, Qt::LeftButton, {}, QPoint(4, allDay->height() / 2));
    REQUIRE(allDay->isChecked());
    // Days only now: no time in the example.
    CHECK_FALSE(picker(dialog, "eventStartEdit")
                    ->lineEdit()
                    ->placeholderText()
                    .contains(QLatin1String("PM")));
    typeInto(picker(dialog, "eventStartEdit"), QStringLiteral("3/1/2021"));
    typeInto(picker(dialog, "event_end"), QStringLiteral("3/5/2021"));
    save(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.item().allDay);
    CHECK(dialog.item().eventStart == QDateTime(QDate(2021, 3, 1), QTime(0, 0), Qt::UTC));
    CHECK(dialog.item().eventEnd == QDateTime(QDate(2021, 3, 5), QTime(0, 0), Qt::UTC));

    TimeZone losAngeles("America/Los_Angeles");
    ActionItemDialog again(*t.database, dialog.item());
    CHECK(picker(again, "eventStartEdit")->day() == QDate(2021, 3, 1));
    CHECK(picker(again, "event_end")->day() == QDate(2021, 3, 5));
}

TEST_CASE("An event that ends before it starts is explained at its end and not saved", "[ui]")
{
    Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase t;
    ActionItem item;
    item.title = QStringLiteral("Bystander intervention training");
    ActionItemDialog dialog(*t.database, item);
    dialog.show();
    typeInto(picker(dialog, "eventStartEdit"), QStringLiteral("8/12/2021 7:00 PM"));
    typeInto(picker(dialog, "event_end"), QStringLiteral("8/12/2021 6:00 PM"));
    save(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorAt(QStringLiteral("event_end")).contains(QLatin1String("ends before")));
    CHECK(ActionItemRepository(*t.database).count() == 0);
}

TEST_CASE("The Action items page filters due dates between two picked days", "[ui]")
{
    Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database, MainWindow::ActionItemsPage);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
    auto *due = page->findChild<QComboBox *>(QStringLiteral("dueFilter"));
    auto *range = page->findChild<QWidget *>(QStringLiteral("dueRange"));
    REQUIRE(due);
    REQUIRE(range);
    CHECK_FALSE(range->isVisible());
    due->setCurrentIndex(ActionItemsFilterBar::Between);
    CHECK(range->isVisible());

    typeInto(page->findChild<DateField *>(QStringLiteral("dueFrom")), QStringLiteral("12/1/2021"));
    typeInto(page->findChild<DateField *>(QStringLiteral("dueTo")), QStringLiteral("12/31/2021"));
    QTest::keyClick(page->findChild<DateField *>(QStringLiteral("dueTo"))->lineEdit(),
                    Qt::Key_Return);
    ActionItemFilter expected;
    expected.statuses = ActionRules::openStatuses();
    expected.dueFrom = QDate(2021, 12, 1);
    expected.dueTo = QDate(2021, 12, 31);
    expected.withoutDueDate = false;
    expected.endedCampaigns = false;
    CHECK(page->actionItemFilter() == expected);
    const int inDecember = ActionItemRepository(*t.database).count(expected);
    CHECK(inDecember >= 2); // the call to senators and the vigil
    CHECK(page->model()->countUpTo(1000) == inDecember);
}

TEST_CASE("A weekly item is chosen in its dialog - Space does this week - Skip the next - undo "
          "takes them back",
          "[ui][recurrence]")
{
    Locale us(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDatabase t;
    ActionItem call;
    call.title = QStringLiteral("Phone bank for the Excluded Workers Fund");
    call.dueDate = QDate(2021, 12, 21); // a Tuesday
    ActionItemDialog dialog(*t.database, call);
    auto *repeat = dialog.findChild<QComboBox *>(QStringLiteral("repeatChoice"));
    REQUIRE(repeat);
    CHECK(repeat->currentData().toString().isEmpty()); // "Does not repeat"
    repeat->setCurrentIndex(repeat->findData(QStringLiteral("FREQ=WEEKLY;BYDAY=TU")));
    CHECK(repeat->currentText() == QLatin1String("Every week on Tuesday"));
    save(dialog);
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.item().recurrence == QLatin1String("FREQ=WEEKLY;BYDAY=TU"));
    const QString id = ActionItemRepository(*t.database).create(dialog.item()).id;

    MainWindow window(*t.database, MainWindow::ActionItemsPage);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *page = static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage));
    page->showRecord(id);
    auto *table = page->findChild<QTableView *>(QStringLiteral("actionTable"));
    REQUIRE(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Space);
    ActionItem now = *ActionItemRepository(*t.database).get(id);
    CHECK(now.dueDate == QDate(2021, 12, 28));
    CHECK(now.status == QLatin1String("todo")); // still open: it repeats
    auto *skip = page->findChild<QPushButton *>(QStringLiteral("skipOccurrence"));
    REQUIRE(skip);
    page->showRecord(id);
    REQUIRE(skip->isEnabled());
    QTest::mouseClick(skip, Qt::LeftButton);
    now = *ActionItemRepository(*t.database).get(id);
    CHECK(now.dueDate == QDate(2022, 1, 4));
    const auto outcomes = ActionItemRepository(*t.database).occurrenceOutcomes(id);
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].value == QLatin1String("done"));
    CHECK(outcomes[1].value == QLatin1String("skipped"));

    window.undoStack().undo();
    window.undoStack().undo();
    CHECK(ActionItemRepository(*t.database).get(id)->dueDate == QDate(2021, 12, 21));
    CHECK(ActionItemRepository(*t.database).occurrenceOutcomes(id).isEmpty());
}
