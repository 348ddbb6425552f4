#include "ui/pages/CampaignsPage.h"

#include "model/lists/CampaignListModel.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"
#include "ui/presentation/CampaignDetail.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>

namespace {

QWidget *section(const QString &heading, QTreeWidget *list, const QList<QPushButton *> &buttons,
                 QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), box);
    bar->addWidget(label, 1);
    for (QPushButton *button : buttons)
        bar->addWidget(button);
    layout->addLayout(bar);
    layout->addWidget(list, 1);
    return box;
}

} // namespace

CampaignsPage::CampaignsPage(Database &database, RecordEditor &editor, QWidget *parent)
    : Page(EntityKind::Campaign, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("campaignsPage"));
    // A coalition's campaigns fit in memory, so sorting and filtering them in a proxy is fine.
    m_model = new CampaignListModel(database, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setAccessibleName(tr("Filter campaigns"));
    m_search->setPlaceholderText(tr("Filter campaigns…"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setModel(m_proxy);
    TableSetup::configure(m_table, CampaignListModel::Name, CampaignListModel::Name);
    TableSetup::fitColumns(m_table, {{CampaignListModel::Status, 9},
                                     {CampaignListModel::IssueArea, 16},
                                     {CampaignListModel::Partners, 8},
                                     {CampaignListModel::Progress, 7}});
    TableSetup::fitColumnToTexts(m_table, CampaignListModel::Dates,
                                 {QStringLiteral("0000-00-00 – 0000-00-00")});

    layOut(filters(), m_table, nullptr, createRightPane(), 3, 2);
    setEmptyState(tr("No campaigns yet"),
                  tr("A campaign is what the coalition works on together, such as a pathway to "
                     "citizenship or a fund for excluded workers: its ask, the decision-maker it "
                     "targets, the partners and their roles, and its action items."),
                  tr("Add the first campaign"));

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CampaignsPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::showDetail);
    connect(m_table, &QTableView::doubleClicked, this, &Page::editCurrent);
    connect(m_detail, &DetailView::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_partners, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRecordRequested(EntityKind::Organization,
                                 item->data(0, Qt::UserRole + 1).toString());
    });
    connect(m_actions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRecordRequested(EntityKind::ActionItem, item->data(0, Qt::UserRole).toString());
    });
    selectFirstRow(m_table, CampaignListModel::Name);
    showDetail();
}

QLayout *CampaignsPage::filters()
{
    auto *filters = new QVBoxLayout;
    filters->addWidget(m_search);
    return filters;
}

QWidget *CampaignsPage::createRightPane()
{
    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("campaignDetail"));
    m_detail->setAccessibleName(tr("The chosen campaign"));
    m_partners = new QTreeWidget(this);
    m_partners->setObjectName(QStringLiteral("partnerList"));
    m_partners->setAccessibleName(tr("Partners of the chosen campaign"));
    m_partners->setHeaderLabels({tr("Partner"), tr("Role"), tr("Commitment")});
    m_partners->setRootIsDecorated(false);
    m_partners->header()->setStretchLastSection(true);
    m_partners->setColumnWidth(0, 240);
    m_actions = new QTreeWidget(this);
    m_actions->setObjectName(QStringLiteral("campaignActions"));
    m_actions->setAccessibleName(tr("Action items of the chosen campaign"));
    m_actions->setHeaderLabels({tr("Due"), tr("Action item"), tr("Status")});
    m_actions->setRootIsDecorated(false);
    // The title takes what the due date and status leave, so the pane never scrolls
    // sideways; a title cut short reads whole in its tooltip.
    m_actions->header()->setStretchLastSection(false);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_actions->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                                     2 * fontMetrics().averageCharWidth());
    m_actions->setColumnWidth(2, 14 * fontMetrics().averageCharWidth());
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *addPartner = new QPushButton(tr("&Add partner…"), this);
    auto *changePartner = new QPushButton(tr("C&hange…"), this);
    auto *removePartner = new QPushButton(tr("Re&move"), this);
    auto *addAction = new QPushButton(tr("New action &item…"), this);
    addPartner->setObjectName(QStringLiteral("addPartner"));
    removePartner->setObjectName(QStringLiteral("removePartner"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_detail);
    right->addWidget(
        section(tr("Partners"), m_partners, {addPartner, changePartner, removePartner}, this));
    right->addWidget(section(tr("Action items"), m_actions, {addAction}, this));
    connect(addPartner, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_editor.addPartner(currentId());
    });
    connect(changePartner, &QPushButton::clicked, this, [this] {
        if (!currentPartnerId().isEmpty())
            m_editor.edit(EntityKind::CampaignPartner, currentPartnerId());
    });
    connect(removePartner, &QPushButton::clicked, this, [this] {
        if (!currentPartnerId().isEmpty())
            m_editor.deleteRecord(EntityKind::CampaignPartner, currentPartnerId());
    });
    connect(addAction, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_editor.newActionItem(currentId());
    });
    return right;
}

QString CampaignsPage::currentId() const
{
    return m_table->currentIndex().data(CampaignListModel::IdRole).toString();
}

QString CampaignsPage::currentPartnerId() const
{
    QTreeWidgetItem *item = m_partners->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CampaignsPage::showDetail()
{
    m_partners->clear();
    m_actions->clear();
    const QString id = currentId();
    m_detail->setHtml(CampaignDetail::html(m_database, id));
    for (const CampaignDetail::PartnerRow &partner : CampaignDetail::partners(m_database, id)) {
        auto *row = new QTreeWidgetItem(m_partners,
                                        {partner.organization, partner.role, partner.commitment});
        row->setData(0, Qt::UserRole, partner.partnershipId);
        row->setData(0, Qt::UserRole + 1, partner.organizationId);
        row->setToolTip(0, partner.organization);
        row->setToolTip(2, partner.commitment);
    }
    const CampaignDetail::ActionRows items = CampaignDetail::actionItems(m_database, id);
    for (const CampaignDetail::ActionRow &item : items.rows) {
        auto *row = new QTreeWidgetItem(m_actions, {item.due, item.title, item.status});
        row->setData(0, Qt::UserRole, item.id);
        row->setToolTip(1, item.title);
    }
    if (!items.more.isEmpty())
        new QTreeWidgetItem(m_actions, {QString(), items.more});
}

int CampaignsPage::writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                             const std::function<bool(int)> &progress) const
{
    // The list as filtered and sorted on screen (a handful of campaigns, in memory).
    QStringList header;
    if (withId)
        header << QStringLiteral("id");
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header << m_proxy->headerData(column, Qt::Horizontal).toString();
    if (!write(header))
        return 0;
    int rows = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList cells;
        if (withId)
            cells << m_proxy->index(row, 0).data(CampaignListModel::IdRole).toString();
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            cells << m_proxy->index(row, column).data().toString();
        if (!write(cells))
            break;
        ++rows;
    }
    if (progress)
        progress(rows);
    return rows;
}

int CampaignsPage::rowCountForExport() const
{
    return m_proxy->rowCount();
}

void CampaignsPage::newRecord()
{
    const QString id = m_editor.newCampaign();
    if (!id.isEmpty())
        showRecord(id);
}

void CampaignsPage::showRecord(const QString &id)
{
    m_search->clear();
    if (m_model->rowOf(id) < 0) // an ended campaign, while those are hidden
        m_model->setAlsoShown(id);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(
            m_proxy->mapFromSource(m_model->index(row, CampaignListModel::Name)));
}

void CampaignsPage::setEndedCampaignsShown(bool shown)
{
    const QString current = currentId();
    m_model->setEndedShown(shown);
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        showRecord(current);
}
