#include "ui/dialogs/SyncDialog.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/feed/ConflictLog.h"
#include "model/feed/SyncJournal.h"
#include "model/storage/Database.h"
#include "ui/dialogs/ConflictText.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

SyncDialog::SyncDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync log and conflicts"));
    m_conflicts = new QTreeWidget(this);
    m_conflicts->setObjectName(QStringLiteral("conflictList"));
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setHeaderLabels({tr("Record"), tr("Field"), tr("Kept"), tr("By"),
                                  tr("Other value"), tr("By"), tr("Found"), tr("State")});
    m_conflicts->header()->setStretchLastSection(false);
    m_conflicts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conflicts->setTextElideMode(Qt::ElideMiddle);
    m_log = new QTreeWidget(this);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels({tr("When"), tr("What arrived"), tr("Feed")});
    m_log->setColumnWidth(0, 190);
    m_log->setColumnWidth(1, 420);

    // The chosen conflict in full sentences: nothing a column cuts off is lost.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(3 * fontMetrics().lineSpacing());
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *keep = m_keep = new QPushButton(tr("&Keep the other value"), this);
    keep->setObjectName(QStringLiteral("keepOther"));
    keep->setToolTip(tr("Put the other value back: a new edit the next sync carries to everyone"));
    auto *leave = m_leave = new QPushButton(tr("&Leave as it is"), this);
    leave->setObjectName(QStringLiteral("leaveAsIs"));
    auto *conflictPage = new QWidget(this);
    auto *conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(m_conflicts, 1);
    conflictLayout->addWidget(m_details);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(keep);
    buttons->addWidget(leave);
    conflictLayout->addLayout(buttons);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(conflictPage, tr("&Conflicts"));
    tabs->addTab(m_log, tr("Sync &log"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    connect(keep, &QPushButton::clicked, this, &SyncDialog::keepOther);
    connect(leave, &QPushButton::clicked, this, &SyncDialog::leaveAsIs);
    connect(m_conflicts, &QTreeWidget::currentItemChanged, this, &SyncDialog::updateButtons);
    // As wide as the screen allows (within reason): record names and "someone on laptop
    // 1a2b3c4d" read whole on a laptop's 1366 pixels.
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qBound(640, screen.width() - 80, 1300), 520);
    reload();
}

void SyncDialog::reload()
{
    m_conflicts->clear();
    for (const ConflictLog::Entry &conflict : ConflictLog(m_database).conflicts()) {
        const ConflictText text(m_database, conflict);
        auto *row = new QTreeWidgetItem(
            m_conflicts,
            {conflict.recordName.isEmpty() ? tr("(a record deleted since)") : conflict.recordName,
             m_database.catalogue().label(conflict.entity, conflict.field), text.kept(),
             text.keptBy(), text.other(), text.otherBy(), text.found(),
             conflict.resolved ? tr("Settled") : tr("To review")});
        row->setData(0, Qt::UserRole, conflict.id);
        row->setData(0, Qt::UserRole + 1, conflict.resolved);
        // Whatever a column cuts off, its tooltip says in full.
        for (int column = 0; column < row->columnCount(); ++column)
            row->setToolTip(column, row->text(column));
    }
    // Each column as wide as what it holds, within reason; the record's name takes the rest.
    const int widest = 40 * fontMetrics().averageCharWidth();
    for (int column = 1; column < m_conflicts->columnCount(); ++column) {
        m_conflicts->resizeColumnToContents(column);
        m_conflicts->setColumnWidth(column, qMin(m_conflicts->columnWidth(column), widest));
    }
    updateButtons();
    m_log->clear();
    for (const SyncJournal::LogEntry &entry : SyncJournal(m_database).log()) {
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODate);
        auto *row = new QTreeWidgetItem(
            m_log,
            {at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : entry.at,
             entry.summary, entry.feed});
        row->setToolTip(1, entry.summary);
        row->setToolTip(2, entry.feed);
    }
}

QString SyncDialog::currentConflict() const
{
    const QTreeWidgetItem *row = m_conflicts->currentItem();
    return row ? row->data(0, Qt::UserRole).toString() : QString();
}

void SyncDialog::updateButtons()
{
    // Only an open conflict, chosen in the list, can be kept or left.
    const QTreeWidgetItem *row = m_conflicts->currentItem();
    const bool open = row && !row->data(0, Qt::UserRole + 1).toBool();
    m_keep->setEnabled(open);
    m_leave->setEnabled(open);
    m_details->setText(
        !row ? (m_conflicts->topLevelItemCount() == 0
                    ? tr("No conflicts: every edit that arrived was merged without a clash.")
                    : tr("Choose a conflict to see it in full."))
             : tr("“%1”, %2: the value kept is %3 (by %4); the other value was %5 (by %6). "
                  "Found %7.")
                   .arg(row->text(0), row->text(1).toLower(), row->text(2), row->text(3),
                        row->text(4), row->text(5), row->text(6)));
}

void SyncDialog::keepOther()
{
    if (currentConflict().isEmpty())
        return;
    try {
        ConflictLog(m_database).keepOtherValue(currentConflict());
    } catch (const CoalitionError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    reload();
}

void SyncDialog::leaveAsIs()
{
    if (currentConflict().isEmpty())
        return;
    ConflictLog(m_database).dismiss(currentConflict());
    reload();
}
