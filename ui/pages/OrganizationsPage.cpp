#include "ui/pages/OrganizationsPage.h"

#include "model/domain/Vocabulary.h"
#include "model/lists/OrganizationTableModel.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"
#include "ui/presentation/OrganizationDetail.h"

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
    // The kind column as wide as the longest kind's label in this language.
    int kindLetters = 12;
    for (const QString &word : Vocabulary::organizationKind().words())
        kindLetters = qMax(kindLetters, int(Vocabulary::organizationKind().label(word).size()) + 2);
    TableSetup::fitColumns(m_table, {{OrganizationTableModel::Acronym, 14},
                                     {OrganizationTableModel::Kind, kindLetters},
                                     {OrganizationTableModel::Region, 18},
                                     {OrganizationTableModel::Contacts, 8},
                                     {OrganizationTableModel::Campaigns, 9}});
    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("organizationDetail"));
    m_detail->setAccessibleName(tr("The chosen organization"));
    auto *filters = new QVBoxLayout;
    filters->addWidget(m_search);
    layOut(filters, m_table, nullptr, m_detail);
    setEmptyState(tr("No partner organizations yet"),
                  tr("The organizations of your coalition: who they are, where they work, their "
                     "people and the campaigns they take part in."),
                  tr("Add the first organization"));

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
    m_detail->setHtml(OrganizationDetail::html(m_database, currentId()));
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
