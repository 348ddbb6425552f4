#include "ui/pages/InboxPage.h"

#include "model/domain/Clock.h"
#include "model/domain/Vocabulary.h"
#include "model/intake/AlertIntake.h"
#include "model/intake/PartnerFeedStore.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/ChangeNotifier.h"
#include "model/storage/Database.h"
#include "ui/dialogs/PartnerFeedsDialog.h"
#include "ui/dialogs/PasteAlertDialog.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"
#include "ui/presentation/DraftDetail.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

namespace {

enum Column
{
    TitleColumn,
    KindColumn,
    CampaignColumn,
    OrganizationColumn,
    WhenColumn,
    ColumnCount
};

// A draft's day: the event's start, or else its deadline, in the locale's short form.
QString whenOf(const ActionItem &item)
{
    if (item.eventStart.isValid())
        return item.allDay
                   ? QLocale().toString(item.eventStart.toLocalTime().date(), QLocale::ShortFormat)
                   : QLocale().toString(item.eventStart.toLocalTime(), QLocale::ShortFormat);
    return QLocale().toString(item.dueDate, QLocale::ShortFormat);
}

} // namespace

InboxPage::InboxPage(Database &database, RecordEditor &editor, QUndoStack &undoStack,
                     QWidget *parent)
    : Page(EntityKind::ActionItem, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("inboxPage"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("inboxState"));
    m_state->addItem(tr("Waiting"), QStringLiteral("open"));
    m_state->addItem(tr("Accepted"), QStringLiteral("accepted"));
    m_state->addItem(tr("Dismissed"), QStringLiteral("dismissed"));
    auto *stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_state);
    auto *paste =
        new QPushButton(QIcon::fromTheme(QStringLiteral("edit-paste")), tr("&Paste alert…"), this);
    paste->setObjectName(QStringLiteral("pasteAlertButton"));
    paste->setToolTip(tr("Read a partner's alert into drafts (Ctrl+Shift+V)"));
    connect(paste, &QPushButton::clicked, this, &InboxPage::pasteAlert);
    auto *feeds = new QPushButton(tr("Pa&rtner feeds…"), this);
    feeds->setObjectName(QStringLiteral("partnerFeedsButton"));
    feeds->setToolTip(tr("The partners' news feeds whose new entries become drafts here"));
    connect(feeds, &QPushButton::clicked, this, &InboxPage::editPartnerFeeds);
    auto *readFeeds = new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                      tr("Read feeds &now"), this);
    readFeeds->setObjectName(QStringLiteral("readFeedsButton"));
    readFeeds->setToolTip(tr("Fetch the partner feeds and draft their new entries"));
    connect(readFeeds, &QPushButton::clicked, this, &InboxPage::readFeedsRequested);
    auto *filters = new QHBoxLayout;
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    filters->addWidget(feeds);
    filters->addWidget(readFeeds);
    filters->addWidget(paste);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setAccessibleName(tr("Drafts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Campaign"), tr("Organization"), tr("Due or when")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    TableSetup::configure(m_table, TitleColumn, TitleColumn);
    // Drafts keep the order of their alert, the newest alert first: a sort by title would
    // scatter one alert's calls among the others'.
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    TableSetup::fitColumns(m_table,
                           {{KindColumn, 12}, {CampaignColumn, 24}, {OrganizationColumn, 22}});
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InboxPage::showCurrent);
    connect(m_table, &QTableWidget::doubleClicked, this, &InboxPage::editCurrent);
    m_table->installEventFilter(this); // Enter accepts

    m_accept =
        new QPushButton(QIcon::fromTheme(QStringLiteral("emblem-default")), tr("&Accept"), this);
    m_accept->setObjectName(QStringLiteral("acceptDraft"));
    m_accept->setToolTip(tr("Make the draft an action item as proposed (Enter)"));
    connect(m_accept, &QPushButton::clicked, this, &InboxPage::acceptCurrent);
    m_edit = new QPushButton(tr("Accept and e&dit…"), this);
    m_edit->setObjectName(QStringLiteral("editDraft"));
    m_edit->setToolTip(tr("Change what the draft proposes, then add it (F2)"));
    connect(m_edit, &QPushButton::clicked, this, &InboxPage::editCurrent);
    m_dismiss = new QPushButton(tr("D&ismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissDraft"));
    connect(m_dismiss, &QPushButton::clicked, this, &InboxPage::deleteCurrent);
    auto *footer = new QWidget(this);
    auto *buttons = new QHBoxLayout(footer);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);

    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("draftDetail"));
    m_detail->setAccessibleName(tr("Draft and its alert"));
    connect(m_detail, &DetailView::openRecordRequested, this, &Page::openRecordRequested);
    layOut(filters, m_table, footer, m_detail, 3, 2);
    setEmptyState(tr("No alerts read yet"),
                  tr("Partners' alerts, statements and event announcements become draft action "
                     "items here: copy one, then paste it with Edit > Paste alert (Ctrl+Shift+V). "
                     "Each call to action in it — call, sign, register, donate, attend — is "
                     "proposed with its date, campaign and organization, and the passage it came "
                     "from, for you to accept or dismiss."),
                  tr("&Paste an alert…"));

    // Drafts change by this window's steps (and their undo), by an import or a sync:
    // read again once a burst settles, or when next shown.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(200);
    connect(m_refresh, &QTimer::timeout, this, &InboxPage::refresh);
    connect(&undoStack, &QUndoStack::indexChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, m_refresh,
            qOverload<>(&QTimer::start));
    connect(&database.notifier(), &ChangeNotifier::externalChange, m_refresh,
            qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &InboxPage::refresh);
}

bool InboxPage::isEmpty() const
{
    return InboxStore(m_database).isEmpty() && PartnerFeedStore(m_database).list().isEmpty();
}

void InboxPage::editPartnerFeeds()
{
    PartnerFeedsDialog dialog(m_database, this);
    dialog.exec();
    refresh(); // a first feed ends the empty state
}

bool InboxPage::eventFilter(QObject *watched, QEvent *event)
{
    // Not QAbstractItemView::activated: on desktops that open items on a single click it
    // would accept a draft the person only meant to read.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
            (static_cast<QKeyEvent *>(event)->modifiers() & ~Qt::KeypadModifier) == 0) {
            acceptCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void InboxPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    Page::showEvent(event);
}

QString InboxPage::stateShown() const
{
    return m_state->currentData().toString();
}

void InboxPage::refresh()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const QString chosen = currentId();
    m_drafts = InboxStore(m_database).list(stateShown());
    QHash<QString, QString> campaigns, organizations;
    for (const Campaign &campaign : CampaignRepository(m_database).list())
        campaigns.insert(campaign.id, campaign.name);
    for (const Organization &organization : OrganizationRepository(m_database).list())
        organizations.insert(organization.id, organization.name);

    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_drafts.size()));
    for (int row = 0; row < m_drafts.size(); ++row) {
        const InboxDraft &stored = m_drafts.at(row);
        const ActionItem &item = stored.draft.item;
        const QString organization = item.organizationId.isEmpty()
                                         ? stored.draft.newOrganization
                                         : organizations.value(item.organizationId);
        const QStringList cells = {item.title, Vocabulary::actionKind().label(item.kind),
                                   campaigns.value(item.campaignId), organization, whenOf(item)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column == TitleColumn)
                cell->setData(Qt::UserRole, stored.id);
            m_table->setItem(row, column, cell);
        }
    }
    int row = 0;
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (m_drafts.at(i).id == chosen)
            row = i;
    }
    if (!m_drafts.isEmpty())
        m_table->selectRow(row);
    const bool open = stateShown() == QLatin1String("open");
    m_state->setItemText(0, open ? tr("Waiting (%L1)").arg(m_drafts.size()) : tr("Waiting"));
    m_dismiss->setText(stateShown() == QLatin1String("dismissed") ? tr("Open &again")
                                                                  : tr("D&ismiss"));
    m_dismiss->setToolTip(stateShown() == QLatin1String("dismissed")
                              ? tr("Put the draft back among those waiting (Delete)")
                              : tr("Put the draft aside without adding it (Delete)"));
    updateEmptyState();
    showCurrent();
}

void InboxPage::showCurrent()
{
    const std::optional<InboxDraft> draft = currentDraft();
    const bool open = draft && draft->state == QLatin1String("open");
    m_accept->setEnabled(open);
    m_edit->setEnabled(open);
    m_dismiss->setEnabled(draft && draft->state != QLatin1String("accepted"));
    if (draft) {
        m_detail->setHtml(DraftDetail::html(m_database, *draft));
        return;
    }
    m_detail->setHtml(m_drafts.isEmpty() && stateShown() == QLatin1String("open")
                          ? tr("<h2>Nothing waiting</h2><p>Every draft was accepted or "
                               "dismissed. Paste another alert with Edit &gt; Paste alert "
                               "(Ctrl+Shift+V).</p>")
                          : DraftDetail::none());
}

std::optional<InboxDraft> InboxPage::currentDraft() const
{
    const QString id = currentId();
    for (const InboxDraft &draft : m_drafts) {
        if (draft.id == id)
            return draft;
    }
    return std::nullopt;
}

QString InboxPage::currentId() const
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    if (chosen.isEmpty())
        return {};
    const QTableWidgetItem *title = m_table->item(chosen.first()->row(), TitleColumn);
    return title ? title->data(Qt::UserRole).toString() : QString();
}

void InboxPage::showRecord(const QString &id)
{
    const std::optional<InboxDraft> draft = InboxStore(m_database).draft(id);
    if (!draft)
        return;
    m_state->setCurrentIndex(qMax(0, m_state->findData(draft->state)));
    refresh();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, TitleColumn)->data(Qt::UserRole).toString() == id)
            m_table->selectRow(row);
    }
}

void InboxPage::newRecord()
{
    pasteAlert();
}

void InboxPage::pasteAlert()
{
    PasteAlertDialog dialog(QApplication::clipboard()->text(), m_database.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int count = addAlert(dialog.text(), dialog.language(), dialog.receivedOn());
    emit statusMessage(count == 0 ? tr("No call to action found in the alert.")
                                  : tr("%n draft(s) from the alert in the Inbox.", nullptr, count));
}

int InboxPage::addAlert(const QString &text, const QString &language, const QDate &receivedOn)
{
    IntakeSource source;
    source.kind = QStringLiteral("paste");
    source.receivedOn = receivedOn;
    source.language = language;
    source.text = text;
    const QVector<InboxDraft> drafts = AlertIntake(m_database).add(source);
    emit draftsAdded();
    m_state->setCurrentIndex(0);
    refresh();
    // The alert's first draft still waiting, chosen.
    for (const InboxDraft &draft : drafts) {
        if (draft.state == QLatin1String("open")) {
            showRecord(draft.id);
            break;
        }
    }
    return int(drafts.size());
}

void InboxPage::acceptCurrent()
{
    if (const auto draft = currentDraft(); draft && draft->state == QLatin1String("open")) {
        const int row = m_table->currentRow();
        if (!m_editor.acceptDraft(*draft, false).isEmpty())
            emit statusMessage(tr("“%1” added to the action items.").arg(draft->draft.item.title));
        refresh();
        // The next draft, so a run of Enter goes down the list.
        if (m_table->rowCount() > 0)
            m_table->selectRow(qMin(row, m_table->rowCount() - 1));
    }
}

void InboxPage::editCurrent()
{
    if (const auto draft = currentDraft(); draft && draft->state == QLatin1String("open")) {
        if (!m_editor.acceptDraft(*draft, true).isEmpty())
            emit statusMessage(tr("“%1” added to the action items.").arg(draft->draft.item.title));
        refresh();
    }
}

void InboxPage::deleteCurrent()
{
    if (const auto draft = currentDraft(); draft && draft->state != QLatin1String("accepted")) {
        const int row = m_table->currentRow();
        m_editor.setDraftDismissed(*draft, draft->state == QLatin1String("open"));
        refresh();
        if (m_table->rowCount() > 0)
            m_table->selectRow(qMin(row, m_table->rowCount() - 1));
    }
}

int InboxPage::writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                         const std::function<bool(int)> &progress) const
{
    QStringList header;
    if (withId)
        header << QStringLiteral("id");
    for (int column = 0; column < ColumnCount; ++column)
        header << m_table->horizontalHeaderItem(column)->text();
    if (!write(header))
        return 0;
    int written = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        if (withId)
            cells << m_table->item(row, TitleColumn)->data(Qt::UserRole).toString();
        for (int column = 0; column < ColumnCount; ++column)
            cells << m_table->item(row, column)->text();
        if (!write(cells) || !progress(++written))
            break;
    }
    return written;
}

int InboxPage::rowCountForExport() const
{
    return m_table->rowCount();
}
