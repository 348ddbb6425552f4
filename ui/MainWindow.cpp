#include "MainWindow.h"

#include "ActionItemDelegate.h"
#include "ActionItemTableModel.h"
#include "Clock.h"
#include "Database.h"
#include "Vocabulary.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent), m_database(database)
{
    setWindowTitle(tr("%1 — Coalition").arg(QFileInfo(database.path()).fileName()));
    setObjectName(QStringLiteral("mainWindow"));

    m_model = new ActionItemTableModel(database, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    auto *heading = new QLabel(tr("<b>Action items</b>"), central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles, owners, places and notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search action items"));
    m_showFinished = new QCheckBox(tr("Show &finished"), central);
    m_showFinished->setObjectName(QStringLiteral("showFinished"));
    m_showFinished->setToolTip(tr("Also list items that are done or cancelled"));
    bar->addWidget(heading);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_showFinished);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ActionItemDelegate(database.clock(), m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    // Set the indicator first: enabling sorting sorts by it at once, and a needless
    // sort of a million rows by title would be the slowest query of the start.
    m_table->horizontalHeader()->setSortIndicator(ActionItemTableModel::Due, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->setAccessibleName(tr("Action items"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ActionItemTableModel::Title, QHeaderView::Stretch);
    // Size the short columns to their longest possible content, so dates and statuses
    // are never elided; the title takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold); // overdue dates and urgent priorities are bold
    const int padding = 3 * metrics.horizontalAdvance(QLatin1Char(' ')) + 12;
    auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, boldMetrics.horizontalAdvance(text));
        return width + padding;
    };
    auto labels = [](const Vocabulary &vocabulary) {
        QStringList result;
        for (const QString &word : vocabulary.words())
            result << vocabulary.label(word);
        return result;
    };
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(ActionItemTableModel::Campaign, 15 * em);
    m_table->setColumnWidth(ActionItemTableModel::Organization, 13 * em);
    m_table->setColumnWidth(ActionItemTableModel::Owner, 10 * em);
    m_table->setColumnWidth(
        ActionItemTableModel::Due,
        widest({QStringLiteral("0000-00-00"),
                m_model->headerData(ActionItemTableModel::Due, Qt::Horizontal).toString()}));
    m_table->setColumnWidth(ActionItemTableModel::Status,
                            widest(labels(Vocabulary::actionStatus())));
    m_table->setColumnWidth(ActionItemTableModel::Priority, widest(labels(Vocabulary::priority())));
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);
    statusBar()->showMessage(
        tr("Today is %1").arg(QLocale().toString(database.clock().today(), QLocale::LongFormat)));

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_showFinished, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);

    createMenus();
    applyFilter();
    resize(1200, 720);
}

bool MainWindow::saveScreenshot(const QString &path)
{
    return grab().save(path, "PNG");
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Close Coalition"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the action items"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Coalition"), this, [this] {
        QMessageBox::about(this, tr("About Coalition"),
                           tr("<p><b>Coalition</b> %1</p><p>Partner organizations, contacts, "
                              "campaigns and action items for community organizers. Your data "
                              "stays on this laptop.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::applyFilter()
{
    ActionItemFilter filter = m_model->filter();
    filter.text = m_search->text();
    filter.statuses = m_showFinished->isChecked()
                          ? QStringList()
                          : QStringList{QStringLiteral("todo"), QStringLiteral("doing")};
    m_model->setFilter(filter);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int total = m_model->totalCount();
    const QString number = QLocale().toString(total);
    if (m_showFinished->isChecked())
        m_count->setText(total == 1 ? tr("1 action item") : tr("%1 action items").arg(number));
    else
        m_count->setText(total == 1 ? tr("1 open action item")
                                    : tr("%1 open action items").arg(number));
}
