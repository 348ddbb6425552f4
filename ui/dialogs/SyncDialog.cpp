#include "ui/dialogs/SyncDialog.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/feed/ConflictLog.h"
#include "model/feed/SyncJournal.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString shown(const std::optional<QString> &value)
{
    return value ? *value : SyncDialog::tr("(empty)");
}

} // namespace

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
    const int letter = fontMetrics().averageCharWidth();
    for (const auto &[column, letters] :
         {std::pair{1, 10}, std::pair{2, 22}, std::pair{3, 10}, std::pair{4, 22}, std::pair{5, 10},
          std::pair{6, 17}, std::pair{7, 11}})
        m_conflicts->setColumnWidth(column, letters * letter + 12);
    m_log = new QTreeWidget(this);
    m_log->setObjectName(QStringLiteral("syncLog"));
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels({tr("When"), tr("What arrived"), tr("Feed")});
    m_log->setColumnWidth(0, 190);
    m_log->setColumnWidth(1, 420);

    auto *keep = new QPushButton(tr("&Keep the other value"), this);
    keep->setObjectName(QStringLiteral("keepOther"));
    keep->setToolTip(tr("Put the other value back: a new edit the next sync carries to everyone"));
    auto *leave = new QPushButton(tr("&Leave as it is"), this);
    auto *conflictPage = new QWidget(this);
    auto *conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(m_conflicts, 1);
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
    resize(900, 480);
    reload();
}

void SyncDialog::reload()
{
    m_conflicts->clear();
    for (const ConflictLog::Entry &conflict : ConflictLog(m_database).conflicts()) {
        auto *row = new QTreeWidgetItem(
            m_conflicts, {conflict.recordName.isEmpty() ? conflict.recordId : conflict.recordName,
                          FieldCatalogue::standard().label(conflict.entity, conflict.field),
                          shown(conflict.keptValue), conflict.keptAuthor, shown(conflict.lostValue),
                          conflict.lostAuthor,
                          conflict.detectedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                          conflict.resolved ? tr("Settled") : tr("To review")});
        row->setData(0, Qt::UserRole, conflict.id);
        row->setToolTip(0, row->text(0));
        row->setToolTip(2, shown(conflict.keptValue));
        row->setToolTip(4, shown(conflict.lostValue));
    }
    m_log->clear();
    for (const SyncJournal::LogEntry &entry : SyncJournal(m_database).log())
        new QTreeWidgetItem(m_log, {entry.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                    entry.summary, entry.feed});
}

QString SyncDialog::currentConflict() const
{
    const QTreeWidgetItem *row = m_conflicts->currentItem();
    return row ? row->data(0, Qt::UserRole).toString() : QString();
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
