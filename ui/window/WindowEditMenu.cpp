#include "ui/window/WindowEditMenu.h"

#include "ui/pages/ActionItemsPage.h"
#include "ui/pages/DeadlinesPage.h"
#include "ui/pages/InboxPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowShortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

// The messages keep the main window's translation context, whose menu this was.
void WindowEditMenu::add(MainWindow &window, const std::function<void()> &search)
{
    QMenu *edit = window.menuBar()->addMenu(QCoreApplication::translate("MainWindow", "&Edit"));
    QAction *undo = window.undoStack().createUndoAction(
        &window, QCoreApplication::translate("MainWindow", "&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = window.undoStack().createRedoAction(
        &window, QCoreApplication::translate("MainWindow", "&Redo"));
    // Ctrl+Shift+Z (Qt's on Linux) and Ctrl+Y, each once: the same key twice made an
    // "ambiguous shortcut" that did nothing.
    redo->setShortcuts(
        WindowShortcuts::bindings(QKeySequence::Redo, {QKeySequence(QStringLiteral("Ctrl+Shift+Z")),
                                                       QKeySequence(QStringLiteral("Ctrl+Y"))}));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto current = [&window] {
        return window.page(window.currentPageIndex());
    };
    QAction *add = edit->addAction(QCoreApplication::translate("MainWindow", "&New…"), &window,
                                   [current] { current()->newRecord(); });
    add->setShortcut(QKeySequence::New);
    add->setObjectName(QStringLiteral("newAction"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    add->setStatusTip(
        QCoreApplication::translate("MainWindow", "Add a record to the current page"));
    QAction *change = edit->addAction(QCoreApplication::translate("MainWindow", "&Edit…"), &window,
                                      [current] { current()->editCurrent(); });
    change->setShortcut(QKeySequence(Qt::Key_F2));
    change->setObjectName(QStringLiteral("editAction"));
    change->setIcon(QIcon::fromTheme(QStringLiteral("document-properties")));
    change->setStatusTip(QCoreApplication::translate("MainWindow", "Edit the chosen record"));
    QAction *remove = edit->addAction(QCoreApplication::translate("MainWindow", "&Delete…"),
                                      &window, [current] { current()->deleteCurrent(); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setStatusTip(
        QCoreApplication::translate("MainWindow", "Delete the chosen record (it asks first)"));
    QAction *merge = edit->addAction(QCoreApplication::translate("MainWindow", "Mer&ge with…"),
                                     &window, [current] { current()->mergeCurrent(); });
    merge->setObjectName(QStringLiteral("mergeAction"));
    merge->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Make the chosen organization or contact and a duplicate of it one"));
    QObject::connect(edit, &QMenu::aboutToShow, merge,
                     [merge, current] { merge->setEnabled(current()->canMerge()); });
    QAction *done = edit->addAction(
        QCoreApplication::translate("MainWindow", "&Mark done / reopen"), &window, [&window] {
            if (window.currentPageIndex() == MainWindow::ActionItemsPage)
                static_cast<ActionItemsPage *>(window.page(MainWindow::ActionItemsPage))
                    ->toggleDoneOnCurrent();
            else if (window.currentPageIndex() == MainWindow::DeadlinesPage)
                static_cast<DeadlinesPage *>(window.page(MainWindow::DeadlinesPage))
                    ->markCurrentDone();
        });
    done->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    done->setObjectName(QStringLiteral("doneAction"));
    done->setIcon(QIcon::fromTheme(QStringLiteral("emblem-default")));
    done->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Mark the chosen action item done, or open it again"));
    edit->addSeparator();
    // Ctrl+Shift+V, "paste special" elsewhere: the clipboard's alert read into drafts.
    QAction *pasteAlert = edit->addAction(
        QCoreApplication::translate("MainWindow", "Paste &alert…"), &window, [&window] {
            window.showPage(MainWindow::InboxPage);
            static_cast<InboxPage *>(window.page(MainWindow::InboxPage))->pasteAlert();
        });
    pasteAlert->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    pasteAlert->setObjectName(QStringLiteral("pasteAlertAction"));
    pasteAlert->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    pasteAlert->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Read a partner's alert from the clipboard into draft action items in "
                      "the Inbox"));
    QAction *feeds = edit->addAction(
        QCoreApplication::translate("MainWindow", "Partner f&eeds…"), &window, [&window] {
            window.showPage(MainWindow::InboxPage);
            static_cast<InboxPage *>(window.page(MainWindow::InboxPage))->editPartnerFeeds();
        });
    feeds->setObjectName(QStringLiteral("partnerFeedsAction"));
    feeds->setStatusTip(QCoreApplication::translate(
        "MainWindow", "The partners' news feeds whose new entries become drafts in the Inbox"));
    QAction *readFeeds =
        edit->addAction(QCoreApplication::translate("MainWindow", "Read partner feeds &now"),
                        &window, [&window] { emit window.partnerFeedsRequested(); });
    readFeeds->setObjectName(QStringLiteral("readFeedsAction"));
    readFeeds->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Fetch the partner feeds and draft their new entries in the Inbox"));
    edit->addSeparator();
    QAction *find =
        edit->addAction(QCoreApplication::translate("MainWindow", "&Find…"), &window, search);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    find->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    find->setStatusTip(QCoreApplication::translate(
        "MainWindow", "Search campaigns, organizations, contacts and action items"));
}
