#include "ui/pages/ContactsPage.h"

#include "model/lists/ContactTableModel.h"
#include "ui/dialogs/Choices.h"
#include "ui/dialogs/PrintColumnsDialog.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"
#include "ui/presentation/ContactDetail.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

ContactsPage::ContactsPage(Database &database, RecordEditor &editor, QWidget *parent)
    : PagedListPage(EntityKind::Contact, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("contactsPage"));
    m_model = new ContactTableModel(database, this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setAccessibleName(tr("Filter people"));
    m_search->setPlaceholderText(tr("Filter people…"));
    m_search->setClearButtonEnabled(true);
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("contactOrganizationFilter"));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("contactCampaignFilter"));
    refreshChoices();
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    for (QComboBox *combo : {m_organization, m_campaign}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    auto *copy = new QPushButton(tr("&Copy emails"), this);
    copy->setObjectName(QStringLiteral("copyEmails"));
    copy->setToolTip(tr("Copy the selected people's email addresses, ready for a BCC line"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    auto *organizationLabel = new QLabel(tr("&Organization:"), this);
    organizationLabel->setBuddy(m_organization);
    filters->addWidget(organizationLabel);
    filters->addWidget(m_organization, 1);
    auto *campaignLabel = new QLabel(tr("Ca&mpaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    filters->addWidget(campaignLabel);
    filters->addWidget(m_campaign, 1);
    filters->addWidget(copy);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    TableSetup::configure(m_table, ContactTableModel::Name, ContactTableModel::Role);
    TableSetup::fitColumns(m_table, {{ContactTableModel::Name, 22},
                                     {ContactTableModel::Organization, 26},
                                     {ContactTableModel::Email, 22},
                                     {ContactTableModel::Phone, 16}});
    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("contactDetail"));
    m_detail->setAccessibleName(tr("The chosen person"));
    layOut(filters, m_table, nullptr, m_detail, 3, 1);
    setEmptyState(tr("No contacts yet"),
                  tr("The people at your partner organizations: how to reach them and what they "
                     "do. They stay on this computer and in your team's private feed."),
                  tr("Add the first contact"));

    TableSetup::filterAsYouType(m_search, this, [this] { applyFilter(); });
    connect(m_organization, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &ContactsPage::applyFilter);
    connect(copy, &QPushButton::clicked, this, &ContactsPage::copyEmails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContactsPage::showDetail);
    connect(m_table, &QTableView::doubleClicked, this, &Page::editCurrent);
    connect(m_detail, &DetailView::openRecordRequested, this, &Page::openRecordRequested);
    selectFirstRow(m_table, ContactTableModel::Name);
    showDetail();
}

void ContactsPage::refreshChoices()
{
    const QString organization = Choices::selected(m_organization);
    const QString campaign = Choices::selected(m_campaign);
    const QSignalBlocker blockOrganization(m_organization);
    const QSignalBlocker blockCampaign(m_campaign);
    Choices::fillOrganizations(m_organization, m_database, tr("Any organization"));
    Choices::select(m_organization, organization);
    Choices::fillCampaigns(m_campaign, m_database, tr("Any campaign"),
                           EndedCampaigns::Shown::Hidden, campaign);
    Choices::select(m_campaign, campaign);
}

void ContactsPage::applyFilter()
{
    m_model->setFilter(m_search->text(), Choices::selected(m_organization),
                       Choices::selected(m_campaign));
}

QString ContactsPage::currentId() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

QString ContactsPage::copyEmails()
{
    QStringList emails;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QString email = m_model->email(index.row());
        if (!email.isEmpty() && !emails.contains(email, Qt::CaseInsensitive))
            emails << email;
    }
    const QString line = emails.join(QStringLiteral(", "));
    QGuiApplication::clipboard()->setText(line);
    emit statusMessage(emails.isEmpty() ? tr("None of the selected people has an email address.")
                                        : tr("Copied %n email address(es) for a BCC line.", nullptr,
                                             int(emails.size())));
    return line;
}

void ContactsPage::showDetail()
{
    m_detail->setHtml(ContactDetail::html(m_database, currentId()));
}

void ContactsPage::newRecord()
{
    const QString id = m_editor.newContact(Choices::selected(m_organization));
    if (!id.isEmpty())
        showRecord(id);
}

void ContactsPage::showRecord(const QString &id)
{
    if (m_model->rowOf(id) < 0) {
        m_search->clear();
        m_organization->setCurrentIndex(0);
        m_campaign->setCurrentIndex(0);
        applyFilter();
    }
    selectRow(m_table, m_model, id, ContactTableModel::Name);
}

std::optional<Printout> ContactsPage::printout(QWidget *dialogParent)
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    PrintColumnsDialog ask(tr("Phone numbers on paper can reach people they should not; they "
                              "are left out unless you check them."),
                           headers, {ContactTableModel::Phone}, dialogParent);
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    return listPrintout(ask.chosen());
}
