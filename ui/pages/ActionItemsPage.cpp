#include "ui/pages/ActionItemsPage.h"

#include "model/domain/CampaignRules.h"
#include "model/domain/Clock.h"
#include "model/domain/ValidationError.h"
#include "model/domain/Vocabulary.h"
#include "model/lists/ActionItemTableModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "ui/dialogs/Choices.h"
#include "ui/dialogs/DateField.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/ActionItemDelegate.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"
#include "ui/presentation/ActionItemDetail.h"
#include "ui/presentation/ActionItemsFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ActionItemsPage::ActionItemsPage(Database &database, RecordEditor &editor, QWidget *parent)
    : PagedListPage(EntityKind::ActionItem, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("actionItemsPage"));
    m_model = new ActionItemTableModel(database, this);
    QLayout *filters = createFilters();
    createTable();
    QWidget *footer = createFooter();
    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("actionDetail"));
    m_detail->setAccessibleName(tr("The chosen action item"));
    layOut(filters, m_table, footer, m_detail, 3, 1);
    setEmptyState(tr("No action items yet"),
                  tr("What the coalition asks people to do: call a representative, sign a "
                     "statement, register for a training, attend a vigil. Each has who does it, "
                     "by when, and the campaign it serves."),
                  tr("Add the first action item"));

    TableSetup::filterAsYouType(m_search, this, [this] { applyFilter(); });
    for (QComboBox *combo : {m_campaign, m_status, m_owner, m_due})
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionItemsPage::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, &Page::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActionItemsPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActionItemsPage::showDetail);
    connect(m_quickAdd, &QLineEdit::returnPressed, this, &ActionItemsPage::quickAdd);
    connect(m_detail, &DetailView::openRecordRequested, this, &Page::openRecordRequested);
    applyFilter();
    selectFirstRow(m_table, ActionItemTableModel::Title);
}

QWidget *ActionItemsPage::createDueRange()
{
    m_dueRange = new QWidget(this);
    m_dueRange->setObjectName(QStringLiteral("dueRange"));
    auto *row = new QHBoxLayout(m_dueRange);
    row->setContentsMargins(0, 0, 0, 0);
    m_dueFrom = new DateField(DateField::Shows::Date, QStringLiteral("due_from"), m_dueRange);
    m_dueFrom->setObjectName(QStringLiteral("dueFrom"));
    m_dueTo = new DateField(DateField::Shows::Date, QStringLiteral("due_to"), m_dueRange);
    m_dueTo->setObjectName(QStringLiteral("dueTo"));
    auto *from = new QLabel(tr("Due &from:"), m_dueRange);
    from->setBuddy(m_dueFrom);
    auto *to = new QLabel(tr("&to:"), m_dueRange);
    to->setBuddy(m_dueTo);
    row->addStretch(1);
    row->addWidget(from);
    row->addWidget(m_dueFrom);
    row->addWidget(to);
    row->addWidget(m_dueTo);
    for (DateField *field : {m_dueFrom, m_dueTo})
        connect(field, &DateField::edited, this, &ActionItemsPage::applyFilter);
    m_dueRange->hide();
    return m_dueRange;
}

QLayout *ActionItemsPage::createFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("actionSearch"));
    m_search->setPlaceholderText(tr("Filter by words…"));
    m_search->setClearButtonEnabled(true);
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (const ActionItemsFilterBar::Choice &choice : ActionItemsFilterBar::statusChoices())
        m_status->addItem(choice.first, choice.second);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->addItems(ActionItemsFilterBar::dueChoices());
    refreshChoices();
    // A campaign added, renamed or closed shows in the campaign list at once (the
    // owners, read from every item, are read again when the page asks).
    connect(&m_database.notifier(), &ChangeNotifier::changed, this, [this](const Change &change) {
        m_campaignsStale = m_campaignsStale || change.entity == EntityKind::Campaign;
    });
    connect(&m_database.notifier(), &ChangeNotifier::batchCommitted, this, [this] {
        if (m_campaignsStale)
            refreshCampaigns();
    });
    connect(&m_database.notifier(), &ChangeNotifier::externalChange, this,
            &ActionItemsPage::refreshCampaigns);

    auto *filters = new QHBoxLayout;
    auto addLabelled = [&](const QString &label, QWidget *widget, int stretch = 0) {
        auto *text = new QLabel(label, this);
        text->setBuddy(widget);
        filters->addWidget(text);
        filters->addWidget(widget, stretch);
    };
    addLabelled(tr("&Words:"), m_search, 2);
    addLabelled(tr("Ca&mpaign:"), m_campaign, 1);
    addLabelled(tr("Stat&us:"), m_status);
    addLabelled(tr("O&wner:"), m_owner);
    addLabelled(tr("D&ue:"), m_due);
    // The filter bar must leave the window narrow enough for a 1366-pixel laptop screen
    // in every language: the lists are sized to a few letters, not their longest entry
    // (which shows in full when a list opens).
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    for (QComboBox *combo : {m_campaign, m_owner, m_status, m_due})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaign->setMinimumContentsLength(12);
    m_owner->setMinimumContentsLength(9);
    m_status->setMinimumContentsLength(7);
    m_due->setMinimumContentsLength(9);
    auto *rows = new QVBoxLayout;
    rows->addLayout(filters);
    rows->addWidget(createDueRange());
    return rows;
}

void ActionItemsPage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Action items"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ActionItemDelegate(m_database.clock(), m_table));
    TableSetup::configure(m_table, ActionItemTableModel::Due, ActionItemTableModel::Title);
    TableSetup::fitColumns(m_table, {{ActionItemTableModel::Campaign, 16},
                                     {ActionItemTableModel::Organization, 14},
                                     {ActionItemTableModel::Owner, 17}});
    auto labels = [](const Vocabulary &vocabulary) {
        QStringList texts;
        for (const QString &word : vocabulary.words())
            texts << vocabulary.label(word);
        return texts;
    };
    TableSetup::fitColumnToTexts(m_table, ActionItemTableModel::Due,
                                 {QStringLiteral("0000-00-00")});
    TableSetup::fitColumnToTexts(m_table, ActionItemTableModel::Status,
                                 labels(Vocabulary::actionStatus()));
    TableSetup::fitColumnToTexts(m_table, ActionItemTableModel::Priority,
                                 labels(Vocabulary::priority()));
    m_table->installEventFilter(this);
}

QWidget *ActionItemsPage::createFooter()
{
    m_quickAdd = new QLineEdit(this);
    m_quickAdd->setObjectName(QStringLiteral("quickAdd"));
    m_quickAdd->setAccessibleName(tr("Quick add an action item"));
    m_quickAdd->setPlaceholderText(tr("Quick add: type an action item and press Enter (it joins "
                                      "the campaign chosen above)"));

    auto *markDone = new QPushButton(tr("Mark &done"), this);
    markDone->setObjectName(QStringLiteral("markDone"));
    markDone->setToolTip(tr("Mark the chosen item done, or open it again (Space)"));
    connect(markDone, &QPushButton::clicked, this, &ActionItemsPage::toggleDoneOnCurrent);
    // A repeating item's occurrence can also be let go: it moves to the next one.
    m_skip = new QPushButton(tr("S&kip this time"), this);
    m_skip->setObjectName(QStringLiteral("skipOccurrence"));
    m_skip->setToolTip(tr("The chosen item repeats: skip its current occurrence and move it to "
                          "the next"));
    m_skip->setEnabled(false);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (const auto item = ActionItemRepository(m_database).get(currentId());
            item && !item->recurrence.isEmpty() && item->isOpen())
            m_editor.settleOccurrence(*item, QStringLiteral("skipped"));
    });
    auto *footer = new QWidget(this);
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(0, 0, 0, 0);
    footerLayout->addWidget(m_quickAdd, 1);
    footerLayout->addWidget(m_skip);
    footerLayout->addWidget(markDone);
    return footer;
}

void ActionItemsPage::refreshCampaigns()
{
    m_campaignsStale = false;
    const QString campaign = Choices::selected(m_campaign);
    const QSignalBlocker blockCampaign(m_campaign);
    Choices::fillCampaigns(
        m_campaign, m_database, tr("Any campaign"),
        m_endedShown ? EndedCampaigns::Shown::Shown : EndedCampaigns::Shown::Hidden, campaign);
    Choices::select(m_campaign, campaign);
}

void ActionItemsPage::refreshChoices()
{
    refreshCampaigns();
    const QString owner = m_owner->currentData().toString();
    const QSignalBlocker blockOwner(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), QString());
    for (const QString &name : ActionItemRepository(m_database).owners())
        m_owner->addItem(name, name);
    Choices::select(m_owner, owner);
}

void ActionItemsPage::applyFilter()
{
    ActionItemsFilterBar bar;
    bar.text = m_search->text();
    bar.campaignId = Choices::selected(m_campaign);
    bar.statusChoice = Choices::selected(m_status);
    bar.owner = m_owner->currentData().toString();
    bar.due = ActionItemsFilterBar::DueWindow(m_due->currentIndex());
    m_dueRange->setVisible(bar.due == ActionItemsFilterBar::Between);
    if (bar.due == ActionItemsFilterBar::Between) {
        try {
            bar.dueFrom = m_dueFrom->day();
            bar.dueTo = m_dueTo->day();
        } catch (const ValidationError &error) { // the list stays as it was
            emit statusMessage(error.message());
            return;
        }
    }
    bar.endedCampaigns = m_endedShown;
    m_model->setFilter(bar.filter(m_database.clock().today()));
    emit statusMessage(
        ActionItemsFilterBar::matchMessage(m_model->countUpTo(ActionItemsFilterBar::countLimit)));
}

QString ActionItemsPage::currentId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

void ActionItemsPage::showDetail()
{
    m_detail->setHtml(ActionItemDetail::html(m_database, currentId()));
    const auto item = ActionItemRepository(m_database).get(currentId());
    m_skip->setEnabled(item && !item->recurrence.isEmpty() && item->isOpen());
}

void ActionItemsPage::quickAdd()
{
    const QString id =
        m_editor.quickAddActionItem(m_quickAdd->text(), Choices::selected(m_campaign));
    if (id.isEmpty())
        return;
    m_quickAdd->clear();
    showRecord(id);
}

void ActionItemsPage::newRecord()
{
    const QString id = m_editor.newActionItem(Choices::selected(m_campaign));
    if (!id.isEmpty())
        showRecord(id);
}

void ActionItemsPage::toggleDoneOnCurrent()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const int row = m_table->currentIndex().row();
    m_editor.toggleDone(id);
    // The item may have left the list (filter "Open"): stay on the same row number.
    const int next =
        m_model->rowOf(id) >= 0 ? m_model->rowOf(id) : qMin(row, m_model->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_model->index(next, ActionItemTableModel::Title));
}

void ActionItemsPage::showRecord(const QString &id)
{
    if (m_model->rowOf(id) < 0) {
        // Not in the current view: show everything so the record can be found.
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search), QSignalBlocker(m_campaign),
                                           QSignalBlocker(m_status), QSignalBlocker(m_owner),
                                           QSignalBlocker(m_due)};
        m_search->clear();
        m_campaign->setCurrentIndex(0);
        m_status->setCurrentIndex(ActionItemsFilterBar::anyStatus);
        m_owner->setCurrentIndex(0);
        m_due->setCurrentIndex(0);
        // An item of an ended campaign, while those are hidden: its campaign chosen.
        const auto item = ActionItemRepository(m_database).get(id);
        const auto campaign =
            item ? CampaignRepository(m_database).get(item->campaignId) : std::nullopt;
        if (!m_endedShown && campaign && CampaignRules::isEnded(campaign->status)) {
            Choices::fillCampaigns(m_campaign, m_database, tr("Any campaign"),
                                   EndedCampaigns::Shown::Hidden, campaign->id);
            Choices::select(m_campaign, campaign->id);
        }
        applyFilter();
    }
    selectRow(m_table, m_model, id, ActionItemTableModel::Title);
}

void ActionItemsPage::setEndedCampaignsShown(bool shown)
{
    if (shown == m_endedShown)
        return;
    m_endedShown = shown;
    refreshCampaigns();
    applyFilter();
}

bool ActionItemsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleDoneOnCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}
