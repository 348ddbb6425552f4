#include "ui/window/MainWindow.h"
#include "ui/window/WindowToolBar.h"

#include "model/settings/Settings.h"

#include "model/domain/Clock.h"
#include "model/records/ActionItemRepository.h"
#include "model/storage/Database.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/dialogs/SearchDialog.h"
#include "ui/dialogs/SyncDialog.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/pages/CampaignsPage.h"
#include "ui/pages/CoalitionGridPage.h"
#include "ui/pages/ContactsPage.h"
#include "ui/pages/DeadlinesPage.h"
#include "ui/pages/InboxPage.h"
#include "ui/pages/OrganizationsPage.h"
#include "ui/pages/ReportsPage.h"
#include "ui/window/AppIcons.h"
#include "ui/window/DatabaseFileDialogs.h"
#include "ui/window/ExportDialog.h"
#include "ui/window/InboxBadge.h"
#include "ui/window/PrintActions.h"
#include "ui/window/Reminder.h"
#include "ui/window/SyncIndicator.h"
#include "ui/window/WindowEditMenu.h"
#include "ui/window/WindowHelpMenu.h"
#include "ui/window/WindowShortcuts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &database, int startPage, QWidget *parent)
    : QMainWindow(parent), m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    AppIcons::install();
    setWindowTitle(tr("%1 — Coalition").arg(QFileInfo(database.path()).fileName()));
    m_undoStack = new QUndoStack(this);
    m_editor = new RecordEditor(database, *m_undoStack, this);
    m_editor->setDefaultOwner(Settings().text(Settings::Key::DefaultOwner));
    connect(m_editor, &RecordEditor::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
        QMessageBox::warning(this, tr("Coalition"), message);
    });

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(this);

    // Pages are built when first shown: each reads its lists from the database, and a
    // window on a million items should pay only for the page on screen.
    addPage(tr("Campaigns"), QStringLiteral("starred"),
            [this] { return new class CampaignsPage(m_database, *m_editor, this); });
    addPage(tr("Organizations"), QStringLiteral("system-users"),
            [this] { return new class OrganizationsPage(m_database, *m_editor, this); });
    addPage(tr("Contacts"), QStringLiteral("x-office-address-book"),
            [this] { return new class ContactsPage(m_database, *m_editor, this); });
    addPage(tr("Action items"), QStringLiteral("edit-paste"),
            [this] { return new class ActionItemsPage(m_database, *m_editor, this); });
    addPage(tr("Deadlines"), QStringLiteral("x-office-calendar"),
            [this] { return new class DeadlinesPage(m_database, *m_editor, this); });
    addPage(tr("Coalition grid"), QStringLiteral("x-office-spreadsheet"),
            [this] { return new class CoalitionGridPage(m_database, *m_editor, this); });
    addPage(tr("Reports"), QStringLiteral("x-office-presentation"),
            [this] { return new class ReportsPage(m_database, *m_editor, this); });
    addPage(tr("Inbox"), QStringLiteral("mail-unread"), [this] {
        auto *inbox = new class InboxPage(m_database, *m_editor, *m_undoStack, this);
        connect(inbox, &InboxPage::readFeedsRequested, this, &MainWindow::partnerFeedsRequested);
        connect(inbox, &InboxPage::draftsAdded, m_inboxBadge, &InboxBadge::update);
        return inbox;
    });
    Q_ASSERT(m_pages->count() == PageCount); // in WindowPages' order, which --page names
    m_inboxBadge = new InboxBadge(m_database, *m_undoStack, *m_navigation->item(InboxPage), this);
    const int widest = qMax(m_navigation->sizeHintForColumn(0) + 32,
                            m_inboxBadge->widestWidth() + m_navigation->iconSize().width() + 32);
    m_navigation->setFixedWidth(qMax(160, widest));

    m_reminder = new Reminder(m_database, this);

    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(m_navigation);
    columns->addWidget(m_pages, 1);
    auto *rows = new QVBoxLayout(central);
    rows->setContentsMargins(4, 4, 4, 0);
    rows->addWidget(m_reminder->banner());
    rows->addLayout(columns, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int index) {
        if (index < 0 || index >= m_pages->count())
            return;
        m_pages->setCurrentWidget(page(index));
    });
    // A widget of its own, not a status message: a menu's or the toolbar's hints and the
    // messages of the moment would wipe a message away for good.
    auto *today = new QLabel(
        tr("Today is %1").arg(QLocale().toString(database.clock().today(), QLocale::LongFormat)),
        this);
    today->setObjectName(QStringLiteral("todayLabel"));
    statusBar()->addWidget(today);

    auto *syncStatus = new SyncIndicator(this);
    m_syncStatus = syncStatus;
    connect(syncStatus, &SyncIndicator::clicked, this, &MainWindow::showSyncLog);
    statusBar()->addPermanentWidget(m_syncStatus);

    createMenus();
    WindowToolBar::add(*this);
    resize(sizeFor(QSize(1440, 900), screen()->availableGeometry()));
    restoreSettings(startPage);

    // A reminder at start (and then every hour) of what is due today and overdue.
    showReminder();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &title, const QString &iconName,
                         std::function<Page *()> create)
{
    const QIcon icon = QIcon::fromTheme(iconName);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, title); // its text may carry a count (InboxBadge)
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_pages->count() + 1));
    item->setSizeHint(QSize(0, fontMetrics().height() + 16));
    m_pages->addWidget(new QWidget(m_pages)); // stands in until the page is built
    m_pageFactories.append(std::move(create));
    m_pageObjects.append(nullptr);
}

void MainWindow::createMenus()
{
    createFileMenu();
    WindowEditMenu::add(*this, [this] { showSearch(); });
    createViewMenu();
    QList<QAction *> actions;
    for (const QAction *menu : menuBar()->actions()) {
        if (menu->menu())
            actions += menu->menu()->actions();
    }
    new WindowShortcuts(*this, actions);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDatabase = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newDatabase->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    newDatabase->setStatusTip(tr("Start an empty Coalition database in a file you choose"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another Coalition database"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] {
        ExportDialog dialog(m_database, *page(currentPageIndex()), this);
        dialog.exec();
    });
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    QAction *importAction = file->addAction(tr("&Import…"), this, [this] {
        const EntityKind table = currentPageIndex() == OrganizationsPage ? EntityKind::Organization
                                 : currentPageIndex() == ContactsPage    ? EntityKind::Contact
                                                                         : EntityKind::ActionItem;
        ImportDialog dialog(m_database, table, this, &undoStack());
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(dialog.summary(), 10000);
    });
    importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    file->addSeparator();
    m_print = new PrintActions(
        *this, m_database, [this] { return page(currentPageIndex()); }, *file);
    connect(m_print, &PrintActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    importAction->setStatusTip(tr("Add or update contacts, organizations or action items from a "
                                  "CSV file, with a preview first"));
    exportAction->setStatusTip(tr("Save what this page shows as CSV, or deadlines and contacts "
                                  "for calendars and address books"));
    file->addSeparator();
    QAction *syncNow = file->addAction(tr("&Sync now"), this, &MainWindow::syncRequested);
    syncNow->setShortcut(QKeySequence::Refresh);
    syncNow->setObjectName(QStringLiteral("syncAction"));
    syncNow->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    syncNow->setStatusTip(tr("Merge with the team's shared feed file (set it in Preferences)"));
    file->addAction(tr("Sync &log and conflicts…"), this, &MainWindow::showSyncLog);
    file->addSeparator();
    QAction *preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    // Qt binds nothing to Preferences on Linux; Ctrl+, is what other programs use.
    preferences->setShortcuts(WindowShortcuts::bindings(QKeySequence::Preferences,
                                                        {QKeySequence(QStringLiteral("Ctrl+,"))}));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close Coalition"));
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int index = 0; index < m_navigation->count(); ++index) {
        QAction *show = view->addAction(m_navigation->item(index)->data(Qt::UserRole).toString(),
                                        this, [this, index] { showPage(index); });
        show->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1)));
    }
    view->addSeparator();
    m_showEnded = view->addAction(tr("Show &ended campaigns"));
    m_showEnded->setObjectName(QStringLiteral("showEndedCampaigns"));
    m_showEnded->setCheckable(true);
    m_showEnded->setChecked(Settings().value(Settings::Key::ShowEndedCampaigns).toBool());
    m_showEnded->setStatusTip(tr("List won, lost and closed campaigns and their action items too"));
    const auto showEnded = [this](bool shown) {
        for (Page *built : std::as_const(m_pageObjects)) {
            if (built)
                built->setEndedCampaignsShown(shown);
        }
    };
    showEnded(m_showEnded->isChecked()); // pages built before the menu
    connect(m_showEnded, &QAction::toggled, this, [showEnded](bool shown) {
        Settings().setValue(Settings::Key::ShowEndedCampaigns, shown);
        showEnded(shown);
    });
    view->addAction(tr("Show &reminder"), this, &MainWindow::showReminder);

    WindowHelpMenu::add(*this);
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages->count())
        m_navigation->setCurrentRow(index);
}

Page *MainWindow::page(int index)
{
    if (index < 0 || index >= m_pageObjects.size())
        return nullptr;
    if (!m_pageObjects.at(index)) {
        Page *created = m_pageFactories.at(index)();
        QWidget *placeholder = m_pages->widget(index);
        m_pages->insertWidget(index, created);
        m_pages->removeWidget(placeholder);
        placeholder->deleteLater();
        created->restoreState(Settings());
        created->setEndedCampaignsShown(m_showEnded && m_showEnded->isChecked());
        connect(created, &Page::openRecordRequested, this, &MainWindow::openRecord);
        connect(created, &Page::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
        m_pageObjects[index] = created;
    }
    return m_pageObjects.at(index);
}

int MainWindow::currentPageIndex() const
{
    return m_navigation->currentRow();
}

void MainWindow::openRecord(EntityKind kind, const QString &id)
{
    const QHash<EntityKind, int> pages = {{EntityKind::Campaign, CampaignsPage},
                                          {EntityKind::Organization, OrganizationsPage},
                                          {EntityKind::Contact, ContactsPage},
                                          {EntityKind::ActionItem, ActionItemsPage}};
    if (!pages.contains(kind))
        return;
    showPage(pages.value(kind));
    page(pages.value(kind))->showRecord(id);
}

QString MainWindow::reminderText() const
{
    return m_reminder->text();
}

void MainWindow::showReminder()
{
    m_reminder->show();
}

void MainWindow::showSearch()
{
    SearchDialog dialog(m_database, this);
    connect(&dialog, &SearchDialog::openRecordRequested, this, &MainWindow::openRecord);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Settings settings;
    if (!settings.text(Settings::Key::Author).isEmpty())
        m_database.setAuthor(settings.text(Settings::Key::Author));
    m_editor->setDefaultOwner(settings.text(Settings::Key::DefaultOwner));
    if (!dialog.passphrase().isEmpty())
        m_passphrase = dialog.passphrase();
    emit preferencesChanged();
}

void MainWindow::showSyncLog()
{
    SyncDialog dialog(m_database, this);
    dialog.exec();
}

void MainWindow::setSyncStatus(const QString &text, const QString &details)
{
    m_syncStatus->setText(text);
    m_syncStatus->setToolTip((details.isEmpty() ? text : text + QLatin1Char('\n') + details) +
                             QStringLiteral("\n\n") + tr("Click for the sync log and conflicts."));
}

void MainWindow::newDatabase()
{
    if (const QString path = DatabaseFileDialogs::askNew(this); !path.isEmpty())
        emit openDatabaseRequested(path, true);
}

void MainWindow::openDatabase()
{
    if (const QString path = DatabaseFileDialogs::askOpen(this); !path.isEmpty())
        emit openDatabaseRequested(path);
}

bool MainWindow::saveScreenshot(const QString &path)
{
    return grab().save(path, "PNG");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    Settings settings;
    settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::WindowState, saveState());
    settings.setValue(Settings::Key::WindowPage, currentPageIndex());
    for (Page *built : m_pageObjects) {
        if (built)
            built->saveState(settings);
    }
}

QSize MainWindow::sizeFor(const QSize &wanted, const QRect &available)
{
    // The whole window stays on the screen, its frame and title bar included (about 40
    // pixels: the window manager's), but never smaller than its pages can be used at.
    const QSize frame(16, 48);
    return wanted.boundedTo(available.size() - frame).expandedTo(QSize(640, 480));
}

void MainWindow::restoreSettings(int startPage)
{
    const Settings settings;
    restoreGeometry(settings.value(Settings::Key::WindowGeometry).toByteArray());
    // A size saved on a larger screen (or a second monitor since unplugged) is cut down
    // to this one.
    if (const QScreen *here = screen()) {
        const QSize fits = sizeFor(size(), here->availableGeometry());
        if (fits != size())
            resize(fits);
    }
    restoreState(settings.value(Settings::Key::WindowState).toByteArray());
    const QVariant lastPage = settings.value(Settings::Key::WindowPage);
    showPage(startPage >= 0       ? startPage
             : lastPage.isValid() ? lastPage.toInt()
                                  : int(DeadlinesPage));
}
