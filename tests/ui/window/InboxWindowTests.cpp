// The Inbox driven in the window: the source page pasted into the demo database, its
// drafts accepted (the item on the Deadlines page), dismissed, and every step undone.
#include "model/intake/InboxStore.h"
#include "model/lists/AgendaModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/PasteAlertDialog.h"
#include "ui/pages/DeadlinesPage.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/InboxPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

namespace {

QString seedPage()
{
    QFile file(QStringLiteral(COALITION_INTAKE_DATA_DIR "/seed-page.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The row of the draft whose title starts so, or -1.
int rowTitled(QTableWidget *table, const QString &start)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().startsWith(start))
            return row;
    }
    return -1;
}

struct InboxWindow
{
    TestDatabase t;
    std::unique_ptr<MainWindow> window;
    InboxPage *inbox = nullptr;

    InboxWindow()
    {
        SampleDataLoader::load(*t.database);
        window = std::make_unique<MainWindow>(*t.database, MainWindow::InboxPage);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        inbox = static_cast<InboxPage *>(window->page(MainWindow::InboxPage));
    }
    QString chosenTitle() const
    {
        const int row = inbox->table()->currentRow();
        return row < 0 ? QString() : inbox->table()->item(row, 0)->text();
    }
    void choose(const QString &start)
    {
        const int row = rowTitled(inbox->table(), start);
        REQUIRE(row >= 0);
        inbox->table()->selectRow(row);
        inbox->table()->setFocus();
    }
};

} // namespace

TEST_CASE("The source page pasted into the Inbox proposes the acceptance's three drafts", "[ui]")
{
    InboxWindow w;
    const int count = w.inbox->addAlert(seedPage(), QString(), QDate(2021, 12, 15));
    CHECK(count > 10);
    QTableWidget *table = w.inbox->table();
    CHECK(table->rowCount() == count);
    CHECK(w.window->findChild<QListWidget *>(QStringLiteral("navigation"))
              ->item(MainWindow::InboxPage)
              ->text() == QStringLiteral("Inbox (%1)").arg(count));

    // The vigil with its date, the call to Governor Hochul with DRUM, OCA's training with
    // its window: each row as the person reads it, and its pane with the passage marked.
    const int vigil = rowTitled(table, QStringLiteral("Attend a vigil"));
    REQUIRE(vigil >= 0);
    CHECK(table->item(vigil, 2)->text() == QStringLiteral("Justice for Christian Hall"));
    CHECK(table->item(vigil, 4)->text() ==
          QLocale().toString(QDate(2021, 12, 30), QLocale::ShortFormat));
    const int call = rowTitled(table, QStringLiteral("Call Governor Kathy Hochul"));
    REQUIRE(call >= 0);
    CHECK(table->item(call, 3)->text() == QStringLiteral("DRUM – Desis Rising Up & Moving"));
    const int training = rowTitled(table, QStringLiteral("Register for Bystander"));
    REQUIRE(training >= 0);
    CHECK(table->item(training, 3)->text().startsWith(QLatin1String("OCA")));
    w.choose(QStringLiteral("Register for Bystander"));
    const QString pane = w.inbox->detail()->toPlainText();
    CHECK(pane.contains(QLatin1String("in August and September")));
    CHECK(w.inbox->detail()->toHtml().contains(QLatin1String("background-color:#fff0a0")));
    CHECK(pane.contains(QLatin1String("Why it was proposed")));
    // The demo has the vigil already: its draft says so, and links to it.
    w.choose(QStringLiteral("Attend a vigil"));
    const QString vigilPane = w.inbox->detail()->toPlainText();
    CAPTURE(vigilPane);
    CHECK(vigilPane.contains(QStringLiteral("Already there?")));
    CHECK(
        vigilPane.contains(QStringLiteral("Attend a vigil on the anniversary of Christian Hall")));

    // The same alert again adds nothing.
    CHECK(w.inbox->addAlert(seedPage(), QString(), QDate(2021, 12, 15)) == count);
    CHECK(table->rowCount() == count);
}

TEST_CASE("Enter accepts a draft into the Deadlines page and undo takes it back", "[ui]")
{
    InboxWindow w;
    w.inbox->addAlert(seedPage(), QString(), QDate(2021, 12, 15));
    const int before = w.inbox->table()->rowCount();
    w.choose(QStringLiteral("Attend a vigil"));
    const QString draftId = w.inbox->currentId();
    const ActionItem proposed = InboxStore::proposedItem(*InboxStore(*w.t.database).draft(draftId));

    QTest::keyClick(w.inbox->table(), Qt::Key_Return);
    const auto made = ActionItemRepository(*w.t.database).get(proposed.id);
    REQUIRE(made);
    CHECK(made->dueDate == QDate(2021, 12, 30));
    CHECK(InboxStore(*w.t.database).draft(draftId)->state == QLatin1String("accepted"));
    CHECK(w.inbox->table()->rowCount() == before - 1);
    CHECK(w.window->undoStack().undoText().startsWith(QLatin1String("Accept")));
    auto *deadlines = static_cast<DeadlinesPage *>(w.window->page(MainWindow::DeadlinesPage));
    CHECK(deadlines->model()->indexOf(proposed.id).isValid());

    // The sidebar counts the drafts waiting, from any page.
    auto *navigation = w.window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QTest::qWait(300);
    CHECK(navigation->item(MainWindow::InboxPage)->text() ==
          QStringLiteral("Inbox (%1)").arg(before - 1));
    CHECK(navigation->item(MainWindow::InboxPage)->font().bold());
    w.window->undoStack().undo();
    CHECK_FALSE(ActionItemRepository(*w.t.database).get(proposed.id));
    CHECK(InboxStore(*w.t.database).draft(draftId)->state == QLatin1String("open"));
    CHECK_FALSE(deadlines->model()->indexOf(proposed.id).isValid());
    QTest::qWait(300); // the page reads the inbox again once the step settles
    CHECK(w.inbox->table()->rowCount() == before);
    w.window->undoStack().redo();
    CHECK(ActionItemRepository(*w.t.database).get(proposed.id));
    CHECK(deadlines->model()->indexOf(proposed.id).isValid());
}

TEST_CASE("A draft naming a new organization adds it on accepting and undo removes both", "[ui]")
{
    InboxWindow w;
    w.inbox->addAlert(QStringLiteral("Lakeside Tenants Union is calling on supporters to attend "
                                     "the rally for housing justice on January 8, 2022."),
                      QString(), QDate(2021, 12, 15));
    REQUIRE(w.inbox->table()->rowCount() == 1);
    w.inbox->table()->selectRow(0);
    QTest::mouseClick(w.window->findChild<QPushButton *>(QStringLiteral("acceptDraft")),
                      Qt::LeftButton);
    const auto union_ =
        OrganizationRepository(*w.t.database).findByName(QStringLiteral("Lakeside Tenants Union"));
    REQUIRE(union_);
    w.window->undoStack().undo();
    CHECK_FALSE(
        OrganizationRepository(*w.t.database).findByName(QStringLiteral("Lakeside Tenants Union")));
    w.window->undoStack().redo();
    CHECK(OrganizationRepository(*w.t.database).get(union_->id));
}

TEST_CASE("Delete dismisses a draft and the dismissed list opens it again", "[ui]")
{
    InboxWindow w;
    w.inbox->addAlert(seedPage(), QString(), QDate(2021, 12, 15));
    const int before = w.inbox->table()->rowCount();
    w.choose(QStringLiteral("Call Governor Kathy Hochul"));
    const QString draftId = w.inbox->currentId();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.inbox->table(), Qt::Key_Delete); // Edit > Delete on this page
    CHECK(InboxStore(*w.t.database).draft(draftId)->state == QLatin1String("dismissed"));
    CHECK(w.inbox->table()->rowCount() == before - 1);
    CHECK(rowTitled(w.inbox->table(), QStringLiteral("Call Governor Kathy Hochul")) < 0);

    w.inbox->stateChoice()->setCurrentIndex(2); // Dismissed
    REQUIRE(w.inbox->table()->rowCount() == 1);
    CHECK(w.chosenTitle().startsWith(QLatin1String("Call Governor Kathy Hochul")));
    auto *again = w.window->findChild<QPushButton *>(QStringLiteral("dismissDraft"));
    CHECK(again->text().remove(QLatin1Char('&')) == QStringLiteral("Open again"));
    QTest::mouseClick(again, Qt::LeftButton);
    CHECK(InboxStore(*w.t.database).draft(draftId)->state == QLatin1String("open"));
    w.window->undoStack().undo(); // dismissed again
    CHECK(InboxStore(*w.t.database).draft(draftId)->state == QLatin1String("dismissed"));
    w.window->undoStack().undo(); // the first dismissal undone
    CHECK(InboxStore(*w.t.database).draft(draftId)->state == QLatin1String("open"));
}

TEST_CASE("Ctrl+Shift+V on any page opens the paste dialog with the clipboard's alert", "[ui]")
{
    InboxWindow w;
    w.window->showPage(MainWindow::CampaignsPage);
    QApplication::clipboard()->setText(
        QStringLiteral("Firma la petición para detener las deportaciones antes del 17 de "
                       "diciembre de 2021."));
    QString shown;
    whenDialogOpens([&shown](QDialog *dialog) {
        auto *paste = qobject_cast<PasteAlertDialog *>(dialog);
        REQUIRE(paste);
        shown = paste->textEdit()->toPlainText();
        auto *language = paste->findChild<QComboBox *>(QStringLiteral("alertLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        dialog->accept();
    });
    auto *action = w.window->findChild<QAction *>(QStringLiteral("pasteAlertAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    action->trigger();
    CHECK(shown.startsWith(QStringLiteral("Firma la petición")));
    CHECK(w.window->currentPageIndex() == MainWindow::InboxPage);
    REQUIRE(w.inbox->table()->rowCount() == 1);
    CHECK(w.chosenTitle().startsWith(QLatin1String("Firma")));
    CHECK(w.inbox->table()->item(0, 4)->text() ==
          QLocale().toString(QDate(2021, 12, 17), QLocale::ShortFormat));
}
