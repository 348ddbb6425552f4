// The real window, driven offscreen the way a user drives it: shortcuts, dialogs,
// typing, clicking. Dialogs opened with exec() are answered from a timer.
#include "model/lists/AgendaModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/DarkPalette.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/AlertColour.h"
#include "ui/dialogs/DateField.h"
#include "ui/dialogs/RecordDialog.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/pages/DeadlinesPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <functional>

namespace {

void type(QDialog *dialog, const char *field, const QString &text)
{
    // A date's field types into its text.
    auto *date = dialog->findChild<DateField *>(QString::fromLatin1(field));
    auto *edit =
        date ? date->lineEdit() : dialog->findChild<QLineEdit *>(QString::fromLatin1(field));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void choose(QDialog *dialog, const char *field, const QString &text)
{
    auto *combo = dialog->findChild<QComboBox *>(QString::fromLatin1(field));
    REQUIRE(combo);
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void save(QDialog *dialog)
{
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// A text field as Linux desktops make them (their key scheme binds Emacs keys such as
// Ctrl+E, end of line): it claims every shortcut for itself. The offscreen platform's
// fields claim fewer, so this one stands in for them.
class GreedyField : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
};

struct Window
{
    TestDatabase t;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        SampleDataLoader::load(*t.database);
        window = std::make_unique<MainWindow>(*t.database);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    // A key press where the user's focus is; a page that was switched away from keeps
    // a hidden focus widget, which no shortcut would reach, so then the window gets it.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        // The offscreen platform has no window manager to give the window back its
        // activation after a dialog closes, and shortcuts only reach the active window.
        if (QApplication::activeWindow() != window.get()) {
            window->activateWindow();
            REQUIRE(QTest::qWaitForWindowActive(window.get()));
        }
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus && focus->isVisible() ? focus : window.get(), Qt::Key(key),
                        modifiers);
    }
    ActionItemsPage *actions() const
    {
        return static_cast<ActionItemsPage *>(window->page(MainWindow::ActionItemsPage));
    }
};

} // namespace

TEST_CASE("A user creates a campaign and an action item through the dialogs and finds it by search",
          "[ui]")
{
    Window w;
    w.window->showPage(MainWindow::CampaignsPage);
    whenDialogOpens([](QDialog *dialog) {
        type(dialog, "name", QStringLiteral("Free Them All bail fund"));
        type(dialog, "target", QStringLiteral("County Board of Supervisors"));
        save(dialog);
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    const auto campaign =
        CampaignRepository(*w.t.database).findByIdOrName(QStringLiteral("Free Them All bail fund"));
    REQUIRE(campaign);
    CHECK(campaign->target == QLatin1String("County Board of Supervisors"));

    w.window->showPage(MainWindow::ActionItemsPage);
    whenDialogOpens([](QDialog *dialog) {
        type(dialog, "title", QStringLiteral("Phone bank for the bail fund"));
        choose(dialog, "campaign_id", QStringLiteral("Free Them All bail fund"));
        type(dialog, "due_date", QStringLiteral("2021-12-16"));
        save(dialog);
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    ActionItemFilter filter;
    filter.campaignId = campaign->id;
    const auto items = ActionItemRepository(*w.t.database).list(filter);
    REQUIRE(items.size() == 1);
    CHECK(items.first().dueDate == QDate(2021, 12, 16));
    CHECK(w.window->undoStack().undoText().contains(QLatin1String("Phone bank")));

    // Ctrl+F searches everything; Enter opens the first hit on its page.
    w.window->showPage(MainWindow::CampaignsPage);
    whenDialogOpens([](QDialog *dialog) {
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("globalSearchField"));
        REQUIRE(field);
        QTest::keyClicks(field, QStringLiteral("phone ban"));
        QTest::keyClick(field, Qt::Key_Return);
    });
    w.press(Qt::Key_F, Qt::ControlModifier);
    CHECK(w.window->currentPageIndex() == MainWindow::ActionItemsPage);
    CHECK(w.actions()->currentId() == items.first().id);
}

TEST_CASE("The Action items page filters by words and by campaign", "[ui]")
{
    Window w;
    w.window->showPage(MainWindow::ActionItemsPage);
    auto *table = w.window->findChild<QTableView *>(QStringLiteral("actionTable"));
    auto *words = w.window->findChild<QLineEdit *>(QStringLiteral("actionSearch"));
    auto *campaign = w.window->findChild<QComboBox *>(QStringLiteral("campaignFilter"));
    REQUIRE(table);
    REQUIRE(words);
    REQUIRE(campaign);
    const int open = table->model()->rowCount();
    CHECK(open > 10);
    QTest::keyClicks(words, QStringLiteral("vigil"));
    QTest::keyClick(words, Qt::Key_Return); // the filter also runs by itself a moment later
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString().contains(QLatin1String("Christian Hall")));
    QTest::keyClick(words, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(words, Qt::Key_Backspace);
    QTest::keyClick(words, Qt::Key_Return);
    CHECK(table->model()->rowCount() == open);
    // Without Enter the filter runs by itself once the typing pauses.
    QTest::keyClicks(words, QStringLiteral("donate"));
    CHECK(QTest::qWaitFor([&] { return table->model()->rowCount() == 2; }, 5000));
    QTest::keyClick(words, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(words, Qt::Key_Backspace);
    QTest::keyClick(words, Qt::Key_Return);
    campaign->setCurrentIndex(campaign->findText(QStringLiteral("Pathway to Citizenship")));
    CHECK(table->model()->rowCount() == 4);
}

TEST_CASE("Marking an item done takes it off the agenda and undo brings it back", "[ui]")
{
    Window w;
    const QString vigil = SampleDataLoader::stableId(
        EntityKind::ActionItem, QStringLiteral("Justice for Christian Hall/Attend a vigil on the "
                                               "anniversary of Christian Hall's death"));
    auto *deadlines = static_cast<DeadlinesPage *>(w.window->page(MainWindow::DeadlinesPage));
    REQUIRE(deadlines->model()->indexOf(vigil).isValid());

    w.window->openRecord(EntityKind::ActionItem, vigil);
    auto *table = w.window->findChild<QTableView *>(QStringLiteral("actionTable"));
    table->setFocus();
    REQUIRE(w.actions()->currentId() == vigil);
    QTest::keyClick(table, Qt::Key_Space); // one key marks done
    CHECK(ActionItemRepository(*w.t.database).get(vigil)->status == QLatin1String("done"));
    CHECK_FALSE(deadlines->model()->indexOf(vigil).isValid());
    CHECK(w.window->undoStack().undoText().startsWith(QLatin1String("Mark")));

    w.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(ActionItemRepository(*w.t.database).get(vigil)->status == QLatin1String("todo"));
    CHECK(deadlines->model()->indexOf(vigil).isValid());
    w.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(deadlines->model()->indexOf(vigil).isValid());
    w.press(Qt::Key_Z, Qt::ControlModifier);

    // With a click on the page's button, and with Space on the Deadlines page.
    w.window->openRecord(EntityKind::ActionItem, vigil);
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("markDone")),
                      Qt::LeftButton);
    CHECK(ActionItemRepository(*w.t.database).get(vigil)->status == QLatin1String("done"));
    w.press(Qt::Key_Z, Qt::ControlModifier);
    w.window->showPage(MainWindow::DeadlinesPage);
    auto *tree = w.window->findChild<QTreeView *>(QStringLiteral("agendaTree"));
    REQUIRE(tree);
    tree->setCurrentIndex(deadlines->model()->indexOf(vigil));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Space);
    CHECK(ActionItemRepository(*w.t.database).get(vigil)->status == QLatin1String("done"));
}

TEST_CASE("A bad date is explained at its field and nothing is saved", "[ui]")
{
    Window w;
    w.window->showPage(MainWindow::ActionItemsPage);
    const int before = ActionItemRepository(*w.t.database).count();
    QString message;
    bool stayedOpen = false;
    whenDialogOpens([&](QDialog *dialog) {
        type(dialog, "title", QStringLiteral("Register for the training"));
        type(dialog, "due_date", QStringLiteral("2021-02-30"));
        save(dialog);
        stayedOpen = dialog->isVisible();
        message = static_cast<RecordDialog *>(dialog)->errorAt(QStringLiteral("due_date"));
        dialog->reject();
    });
    w.press(Qt::Key_N, Qt::ControlModifier);
    CHECK(stayedOpen);
    CHECK(message.contains(QLatin1String("\"2021-02-30\" is not a date")));
    CHECK(ActionItemRepository(*w.t.database).count() == before);
    CHECK(w.window->undoStack().count() == 0);
}

TEST_CASE("Deleting a campaign asks first and says what goes with it - undo restores it", "[ui]")
{
    Window w;
    w.window->showPage(MainWindow::CampaignsPage);
    const QString id =
        SampleDataLoader::stableId(EntityKind::Campaign, QStringLiteral("New Way Forward Act"));
    w.window->openRecord(EntityKind::Campaign, id);
    QString asked;
    QStringList offered;
    int answer = -1;
    w.window->editor().setQuestion(
        [&](const QString &, const QString &text, const QStringList &choices) {
            asked = text;
            offered = choices;
            return answer;
        });
    w.press(Qt::Key_Delete);
    CHECK(asked.contains(QLatin1String("New Way Forward Act")));
    CHECK(asked.contains(QLatin1String("3 action items")));
    REQUIRE(offered.size() == 2); // keep the items (the default) or delete them too
    CHECK(offered.first().remove(QLatin1Char('&')).contains(QLatin1String("keep")));
    CHECK(CampaignRepository(*w.t.database).exists(id)); // the user cancelled

    ActionItemFilter filter;
    filter.campaignId = id;
    const QVector<ActionItem> items = ActionItemRepository(*w.t.database).list(filter);
    REQUIRE(items.size() == 3);
    SECTION("Deleted with its items - undo brings all back")
    {
        answer = 1;
        w.press(Qt::Key_Delete);
        CHECK_FALSE(CampaignRepository(*w.t.database).exists(id));
        CHECK_FALSE(ActionItemRepository(*w.t.database).exists(items.first().id));
    }
    SECTION("Deleted keeping its items - they stay without a campaign - undo puts them back")
    {
        answer = 0;
        w.press(Qt::Key_Delete);
        CHECK_FALSE(CampaignRepository(*w.t.database).exists(id));
        for (const ActionItem &item : items) {
            const auto kept = ActionItemRepository(*w.t.database).get(item.id);
            REQUIRE(kept);
            CHECK(kept->campaignId.isEmpty());
            CHECK(kept->title == item.title);
        }
    }
    w.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(CampaignRepository(*w.t.database).exists(id));
    CHECK(ActionItemRepository(*w.t.database).list(filter).size() == 3);
}

TEST_CASE("Quick add puts an item in the chosen campaign and Copy emails fills a BCC line", "[ui]")
{
    Window w;
    w.window->showPage(MainWindow::ActionItemsPage);
    auto *campaign = w.window->findChild<QComboBox *>(QStringLiteral("campaignFilter"));
    auto *quickAdd = w.window->findChild<QLineEdit *>(QStringLiteral("quickAdd"));
    REQUIRE(campaign);
    REQUIRE(quickAdd);
    campaign->setCurrentIndex(campaign->findText(QStringLiteral("New Way Forward Act")));
    QTest::keyClicks(quickAdd, QStringLiteral("Thank Rep. Pressley for reintroducing the bill"));
    QTest::keyClick(quickAdd, Qt::Key_Return);
    CHECK(quickAdd->text().isEmpty());
    const QString id = w.actions()->currentId();
    const auto item = ActionItemRepository(*w.t.database).get(id);
    REQUIRE(item);
    CHECK(item->title == QLatin1String("Thank Rep. Pressley for reintroducing the bill"));
    CHECK(item->campaignId ==
          SampleDataLoader::stableId(EntityKind::Campaign, QStringLiteral("New Way Forward Act")));

    // People with addresses, selected together, become one BCC line.
    ContactRepository contacts(*w.t.database);
    for (const auto &[name, email] : {std::pair{"Ana Organizer", "ana@example.org"},
                                      std::pair{"Bo Volunteer", "bo@example.org"}}) {
        Contact contact;
        contact.name = QString::fromUtf8(name);
        contact.email = QString::fromUtf8(email);
        contacts.create(contact);
    }
    w.window->showPage(MainWindow::ContactsPage);
    auto *table = w.window->findChild<QTableView *>(QStringLiteral("contactTable"));
    auto *filter = w.window->findChild<QLineEdit *>(QStringLiteral("contactSearch"));
    REQUIRE(table);
    REQUIRE(filter);
    QTest::keyClicks(filter, QStringLiteral("example"));
    QTest::keyClick(filter, Qt::Key_Return);
    REQUIRE(table->model()->rowCount() == 2);
    table->selectAll();
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("copyEmails")),
                      Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == QLatin1String("ana@example.org, bo@example.org"));
}

TEST_CASE("The window's screenshot is a real picture of it", "[ui]")
{
    Window w;
    const QString png = w.t.file(QStringLiteral("shot.png"));
    REQUIRE(w.window->saveScreenshot(png));
    const QImage image(png);
    CHECK(image.size() == w.window->size() * w.window->devicePixelRatio());
}

TEST_CASE("Every menu shortcut reaches its action in the real window - also from a text field "
          "unless it edits text there",
          "[ui]")
{
    Window w;
    w.window->showPage(MainWindow::ActionItemsPage);
    // Every menu action, its effect cut off (a triggered action would open dialogs or quit)
    // and its triggers counted.
    QList<QAction *> actions;
    for (const QAction *menu : w.window->menuBar()->actions()) {
        if (menu->menu())
            actions += menu->menu()->actions();
    }
    QStringList shortcuts;
    for (QAction *action : actions)
        for (const QKeySequence &key : action->shortcuts())
            shortcuts << key.toString();
    // Redo twice over, Preferences on Ctrl+, and no key on two actions.
    CHECK(shortcuts.contains(QStringLiteral("Ctrl+Y")));
    CHECK(shortcuts.contains(QStringLiteral("Ctrl+Shift+Z")));
    CHECK(shortcuts.contains(QStringLiteral("Ctrl+,")));
    CHECK(shortcuts.count() == QSet<QString>(shortcuts.cbegin(), shortcuts.cend()).size());

    QList<QKeySequence> textKeys;
    for (const auto key : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Delete})
        textKeys += QKeySequence::keyBindings(key);
    auto *field = new GreedyField(w.actions());
    field->show();
    auto *list = w.actions()->findChild<QTableView *>();
    REQUIRE(list);
    int pressed = 0;
    for (QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        action->setEnabled(true); // undo and redo, with nothing to undo
        for (const QKeySequence &key : action->shortcuts()) {
            for (QWidget *focus : {static_cast<QWidget *>(list), static_cast<QWidget *>(field)}) {
                INFO(action->text().toStdString() << " " << key.toString().toStdString()
                                                  << (focus == field ? " in a text field" : ""));
                focus->setFocus();
                QSignalSpy triggered(action, &QAction::triggered);
                QTest::keySequence(focus, key);
                // The field keeps the keys that edit text; the window's others win.
                const bool textKey = focus == field && textKeys.contains(key);
                CHECK(triggered.count() == (textKey ? 0 : 1));
                ++pressed;
            }
        }
    }
    CHECK(pressed > 30);
}

TEST_CASE("The window opens within the screen - a 1366x768 laptop included", "[ui]")
{
    // A laptop's screen less its 32-pixel panel: the window and its title bar fit.
    const QSize laptop = MainWindow::sizeFor(QSize(1440, 900), QRect(0, 0, 1366, 736));
    CHECK(laptop.width() <= 1366 - 16);
    CHECK(laptop.height() <= 736 - 48);
    CHECK(laptop.width() >= 1300);
    CHECK(MainWindow::sizeFor(QSize(1440, 900), QRect(0, 0, 2560, 1400)) == QSize(1440, 900));
    CHECK(MainWindow::sizeFor(QSize(1900, 1000), QRect(0, 0, 2560, 1400)) == QSize(1900, 1000));
    CHECK(MainWindow::sizeFor(QSize(1440, 900), QRect(0, 0, 500, 400)) == QSize(640, 480));

    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    const QRect available = window.screen()->availableGeometry();
    CHECK(window.width() <= available.width());
    CHECK(window.height() <= available.height());
}

TEST_CASE("Every page and toolbar action has its icon without any desktop icon theme", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    auto *navigation = window.findChild<QListWidget *>();
    REQUIRE(navigation);
    REQUIRE(navigation->count() == MainWindow::PageCount);
    QSet<size_t> pictures;
    for (int row = 0; row < navigation->count(); ++row) {
        const QIcon icon = navigation->item(row)->icon();
        INFO(navigation->item(row)->text().toStdString());
        REQUIRE_FALSE(icon.isNull());
        const QImage picture = icon.pixmap(24, 24).toImage();
        REQUIRE_FALSE(picture.isNull());
        pictures.insert(qHash(QByteArray(reinterpret_cast<const char *>(picture.constBits()),
                                         picture.sizeInBytes())));
    }
    CHECK(pictures.size() == MainWindow::PageCount); // five different pictures
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolbar);
    QStringList names;
    for (QAction *action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        names << action->objectName();
        CHECK_FALSE(action->icon().isNull());
        CHECK_FALSE(action->shortcut().isEmpty());
    }
    CHECK(names == QStringList{QStringLiteral("newAction"), QStringLiteral("editAction"),
                               QStringLiteral("doneAction"), QStringLiteral("syncAction"),
                               QStringLiteral("findAction")});
}

TEST_CASE("Overdue and error red reads on light and dark palettes - the window follows a dark "
          "palette",
          "[ui]")
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    const QPalette dark = darkPalette();
    // WCAG AA for text: 4.5:1 against the base it is drawn on.
    CHECK(AlertColour::contrast(AlertColour::on(light), Qt::white) >= 4.5);
    CHECK(AlertColour::contrast(AlertColour::on(dark), QColor(0x2a, 0x2a, 0x2a)) >= 4.5);
    CHECK(AlertColour::on(light) != AlertColour::on(dark));

    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    {
        MainWindow window(*t.database, MainWindow::ActionItemsPage);
        window.resize(1440, 900);
        window.show();
        QCoreApplication::processEvents();
        auto *table = window.findChild<QTableView *>(QStringLiteral("actionTable"));
        REQUIRE(table);
        CHECK(table->palette().color(QPalette::Base) == QColor(0x2a, 0x2a, 0x2a));
        if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
            window.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                               QStringLiteral("/window-dark.png"));
    }
    QApplication::setPalette(before);
}

TEST_CASE("Today's date stays in the status bar after passing messages - the sync line opens "
          "the sync log on a click",
          "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database);
    window.show();
    auto *today = window.findChild<QLabel *>(QStringLiteral("todayLabel"));
    REQUIRE(today);
    CHECK(today->text().startsWith(QLatin1String("Today is Wednesday")));
    CHECK(today->isVisible());
    // A hint or message of the moment hides it, and it comes back.
    window.statusBar()->showMessage(QStringLiteral("Copied 3 email addresses"));
    window.statusBar()->clearMessage();
    CHECK(today->isVisible());

    auto *sync = window.findChild<QLabel *>(QStringLiteral("syncStatus"));
    REQUIRE(sync);
    window.setSyncStatus(QStringLiteral("Synced at 14:02"), QStringLiteral("3 added"));
    CHECK(sync->text() == QLatin1String("Synced at 14:02"));
    CHECK(sync->toolTip().contains(QLatin1String("3 added")));
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("syncDialog"));
        opened = dialog && dialog->isVisible();
        if (dialog)
            dialog->reject();
    });
    QTest::mouseClick(sync, Qt::LeftButton);
    CHECK(opened);
}
