#pragma once

#include "model/domain/EntityKind.h"
#include "model/settings/WindowPages.h"

#include <QMainWindow>
#include <QVector>
#include <functional>

class Database;
class Page;
class PrintActions;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class InboxBadge;
class QUndoStack;
class RecordEditor;
class Reminder;

// The window an organizer lives in: a sidebar of pages (Campaigns, Organizations,
// Contacts, Action items, Deadlines), menus whose actions work on the current page,
// undo and redo for every change, the global search, and a reminder of what is due.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum PageIndex
    {
        CampaignsPage = WindowPages::Campaigns,
        OrganizationsPage = WindowPages::Organizations,
        ContactsPage = WindowPages::Contacts,
        ActionItemsPage = WindowPages::ActionItems,
        DeadlinesPage = WindowPages::Deadlines,
        CoalitionGridPage = WindowPages::CoalitionGrid,
        ReportsPage = WindowPages::Reports,
        InboxPage = WindowPages::Inbox,
        PageCount = WindowPages::Count
    };

    // Opens on startPage (a PageIndex), or on the page shown when it last closed (-1).
    // Pages are built when first shown, so the one asked for is the only one built.
    explicit MainWindow(Database &database, int startPage = -1, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Renders the window as it is now into a PNG; false when the file cannot be written.
    bool saveScreenshot(const QString &path);

    void showPage(int index);
    // The page at index, built on first use.
    Page *page(int index);
    Database &database() const { return m_database; }
    // File > Print, Print preview and Export as PDF.
    PrintActions &printActions() { return *m_print; }
    int currentPageIndex() const;
    void openRecord(EntityKind kind, const QString &id);
    RecordEditor &editor() const { return *m_editor; }
    QUndoStack &undoStack() const { return *m_undoStack; }
    // The text of the due-today/overdue reminder, as the banner or tray shows it.
    QString reminderText() const;
    void showReminder();

    // The line in the status bar about the last sync; details, if any, in its tooltip
    // only (the line stays short beside "Today is …").
    void setSyncStatus(const QString &text, const QString &details = {});
    // File > Sync log and conflicts, or a click on the sync line.
    void showSyncLog();
    // The team passphrase typed in Preferences during this session (never saved).
    QString passphrase() const { return m_passphrase; }
    void setPassphrase(const QString &passphrase) { m_passphrase = passphrase; }

    // The size to give the window for wanted (1440×900 at first, else the saved size) on
    // a screen with this available area: less where it does not fit, never under 640×480.
    static QSize sizeFor(const QSize &wanted, const QRect &available);

signals:
    // File > New / Open: the application replaces this window with one on path; create
    // when the person asked for a new database there (an empty file they chose to replace).
    void openDatabaseRequested(const QString &path, bool create = false);
    // File > Sync now (F5); the application runs the sync without blocking the window.
    void syncRequested();
    // Preferences were saved (the feed or its schedule may have changed).
    void preferencesChanged();
    // Inbox > Read feeds now: the application fetches the partner feeds beside the window.
    void partnerFeedsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createViewMenu(); // and Help
    void addPage(const QString &title, const QString &iconName, std::function<Page *()> create);
    void saveSettings() const;
    void restoreSettings(int startPage);
    void newDatabase();
    void openDatabase();
    void showPreferences();
    void showSearch();

    Database &m_database;
    QUndoStack *m_undoStack;
    InboxBadge *m_inboxBadge = nullptr; // the Inbox's count in the sidebar
    RecordEditor *m_editor;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    Reminder *m_reminder;
    QLabel *m_syncStatus = nullptr;
    QString m_passphrase;
    QVector<std::function<Page *()>> m_pageFactories;
    QVector<Page *> m_pageObjects;  // null until built
    QAction *m_showEnded = nullptr; // View > Show ended campaigns
    PrintActions *m_print = nullptr;
};
