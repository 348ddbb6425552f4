#include "ui/pages/OrganizationsPage.h"

#include "model/domain/Vocabulary.h"
#include "model/lists/OrganizationTableModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"

#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

OrganizationsPage::OrganizationsPage(Database &database, RecordEditor &editor, QWidget *parent)
    : PagedListPage(EntityKind::Organization, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("organizationsPage"));
    m_model = new OrganizationTableModel(database, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("organizationSearch"));
    m_search->setAccessibleName(tr("Filter organizations"));
    m_search->setPlaceholderText(
        tr("Filter organizations by name, acronym, place or description…"));
    m_search->setClearButtonEnabled(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("organizationTable"));
    m_table->setAccessibleName(tr("Organizations"));
    m_table->setModel(m_model);
    TableSetup::configure(m_table, OrganizationTableModel::Name, OrganizationTableModel::Name);
    TableSetup::fitColumns(m_table, {{OrganizationTableModel::Acronym, 14},
                                     {OrganizationTableModel::Kind, 12},
                                     {OrganizationTableModel::Region, 18},
                                     {OrganizationTableModel::Contacts, 8},
                                     {OrganizationTableModel::Campaigns, 9}});
    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("organizationDetail"));
    m_detail->setAccessibleName(tr("The chosen organization"));
    auto *filters = new QVBoxLayout;
    filters->addWidget(m_search);
    layOut(filters, m_table, nullptr, m_detail);

    TableSetup::filterAsYouType(m_search, this,
                                [this] { m_model->setSearchText(m_search->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganizationsPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OrganizationsPage::showDetail);
    connect(m_table, &QTableView::doubleClicked, this, &Page::editCurrent);
    connect(m_detail, &DetailView::openRecordRequested, this, &Page::openRecordRequested);
    selectFirstRow(m_table, OrganizationTableModel::Name);
    showDetail();
}

QString OrganizationsPage::currentId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

void OrganizationsPage::showDetail()
{
    const auto organization = OrganizationRepository(m_database).get(currentId());
    if (!organization) {
        m_detail->setHtml(
            tr("<p><i>Choose an organization to see its people and campaigns.</i></p>"));
        return;
    }
    QString html =
        QStringLiteral("<h2>%1</h2><table>").arg(DetailView::escaped(organization->name));
    html += DetailView::row(tr("Acronym"), DetailView::escaped(organization->acronym));
    html += DetailView::row(tr("Kind"), DetailView::escaped(organization->kind));
    html += DetailView::row(tr("City or region"), DetailView::escaped(organization->region));
    html += DetailView::row(tr("Website"), DetailView::webLink(organization->website));
    html += DetailView::row(tr("Email"), DetailView::mailLink(organization->email));
    html += DetailView::row(tr("Phone"), DetailView::phoneLink(organization->phone));
    html += DetailView::row(tr("Tags"),
                            DetailView::escaped(organization->tags.join(QStringLiteral(", "))));
    html += QStringLiteral("</table>");
    if (!organization->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(DetailView::escaped(organization->description));

    QStringList people;
    for (const Contact &contact : ContactRepository(m_database).list({}, organization->id)) {
        QString line = DetailView::recordLink(EntityKind::Contact, contact.id, contact.name);
        if (!contact.role.isEmpty())
            line += QStringLiteral(" — ") + DetailView::escaped(contact.role);
        people << QStringLiteral("<li>%1</li>").arg(line);
    }
    if (!people.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("People"), people.join(QString()));

    QStringList campaigns;
    CampaignRepository campaignRepository(m_database);
    for (const CampaignPartner &partner :
         CampaignPartnerRepository(m_database).forOrganization(organization->id)) {
        if (const auto campaign = campaignRepository.get(partner.campaignId))
            campaigns << QStringLiteral("<li>%1 (%2)</li>")
                             .arg(DetailView::recordLink(EntityKind::Campaign, campaign->id,
                                                         campaign->name),
                                  Vocabulary::partnerRole().label(partner.role));
    }
    if (!campaigns.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>")
                    .arg(tr("Campaigns"), campaigns.join(QString()));

    ActionItemFilter open;
    open.organizationId = organization->id;
    open.statuses = {QStringLiteral("todo"), QStringLiteral("doing")};
    ListOptions firstFew;
    firstFew.limit = DetailView::listLimit;
    ActionItemRepository actions(m_database);
    QStringList items;
    for (const ActionItem &item : actions.list(open, firstFew)) {
        const QString due = item.dueDate.isValid()
                                ? item.dueDate.toString(Qt::ISODate) + QStringLiteral(" · ")
                                : QString();
        items << QStringLiteral("<li>%1%2</li>")
                     .arg(due, DetailView::recordLink(EntityKind::ActionItem, item.id, item.title));
    }
    if (!items.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2%3</ul>")
                    .arg(tr("Open action items"), items.join(QString()),
                         DetailView::moreLine(int(items.size()), actions.count(open)));
    m_detail->setHtml(html);
}

void OrganizationsPage::newRecord()
{
    const QString id = m_editor.newOrganization();
    if (!id.isEmpty())
        showRecord(id);
}

void OrganizationsPage::showRecord(const QString &id)
{
    if (m_model->rowOf(id) < 0) {
        m_search->clear();
        m_model->setSearchText({});
    }
    selectRow(m_table, m_model, id, OrganizationTableModel::Name);
}
