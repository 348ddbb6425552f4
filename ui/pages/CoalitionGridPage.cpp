#include "ui/pages/CoalitionGridPage.h"

#include "model/domain/Vocabulary.h"
#include "model/lists/CoalitionGridModel.h"
#include "model/records/CampaignPartnerRepository.h"
#include "ui/dialogs/Choices.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/DetailView.h"
#include "ui/pages/TableSetup.h"
#include "ui/presentation/OrganizationDetail.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

CoalitionGridPage::CoalitionGridPage(Database &database, RecordEditor &editor, QWidget *parent)
    // Its rows are organizations: with none, the page says what it is for.
    : Page(EntityKind::Organization, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("coalitionGridPage"));
    m_model = new CoalitionGridModel(database, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("coalitionGrid"));
    m_table->setAccessibleName(tr("Organizations by campaign"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Columns as wide as a role and a count; the organization names as wide as a long one.
    const int letter = fontMetrics().averageCharWidth();
    // As wide as the longest cell in this language ("Coordinadora · 12 abiertas").
    int cellWidth = 18 * letter;
    for (const QString &word : Vocabulary::partnerRole().words())
        cellWidth =
            qMax(cellWidth, fontMetrics().horizontalAdvance(
                                Vocabulary::partnerRole().label(word) + QStringLiteral(" · ") +
                                CoalitionGridModel::tr("%n open", nullptr, 12)) +
                                2 * letter);
    m_table->horizontalHeader()->setDefaultSectionSize(cellWidth);
    // Campaign names on up to three lines rather than cut ("Bystander Intervention
    // Trainings"); the tooltip has the whole name.
    m_table->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter | int(Qt::TextWordWrap)));
    m_table->horizontalHeader()->setFixedHeight(fontMetrics().lineSpacing() * 3 + 8);
    m_table->verticalHeader()->setFixedWidth(30 * letter);
    // The middle: generated and real names often differ only at their ends.
    m_table->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->installEventFilter(this);
    m_table->setTabKeyNavigation(false); // arrows move between cells, Tab leaves the grid
    connect(m_table, &QTableView::doubleClicked, this, &CoalitionGridPage::editCurrent);

    m_detail = new DetailView(this);
    m_detail->setObjectName(QStringLiteral("coalitionGridDetail"));
    m_detail->setAccessibleName(tr("The chosen organization"));
    connect(m_detail, &DetailView::openRecordRequested, this, &Page::openRecordRequested);

    auto *hint = new QLabel(tr("Enter: add or change the partnership · Delete: remove it"), this);
    hint->setObjectName(QStringLiteral("coalitionGridHint"));
    hint->setWordWrap(true);
    layOut(createFilters(), m_table, hint, m_detail, 5, 2);
    setEmptyState(tr("No partner organizations yet"),
                  tr("The grid shows who is doing what across the coalition's campaigns: each "
                     "organization's part in each campaign, and its open action items there."),
                  tr("Add an &organization"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CoalitionGridPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoalitionGridPage::showDetail);
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

QLayout *CoalitionGridPage::createFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("gridSearch"));
    m_search->setAccessibleName(tr("Filter organizations"));
    m_search->setPlaceholderText(tr("Filter organizations by name or acronym…"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("gridKindFilter"));
    m_kind->addItem(tr("Any kind"), QString());
    for (const QString &word : Vocabulary::organizationKind().words())
        m_kind->addItem(Vocabulary::organizationKind().label(word), word);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("gridTagFilter"));
    m_tag->setAccessibleName(tr("Organizations with the tag"));
    m_tag->setPlaceholderText(tr("Any tag"));
    m_tag->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("gridStatusFilter"));
    Choices::fillVocabulary(m_status, Vocabulary::campaignStatus());
    m_status->insertItem(0, tr("Every campaign"), QString());
    m_status->setCurrentIndex(0);

    auto *filters = new QHBoxLayout;
    const auto labelled = [&](const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    filters->addWidget(m_search, 3);
    labelled(tr("&Kind:"), m_kind, 1);
    labelled(tr("Ta&g:"), m_tag, 1);
    labelled(tr("Ca&mpaigns:"), m_status, 1);
    TableSetup::filterAsYouType(m_search, this, [this] { applyFilter(); });
    TableSetup::filterAsYouType(m_tag, this, [this] { applyFilter(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CoalitionGridPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CoalitionGridPage::applyFilter);
    return filters;
}

void CoalitionGridPage::applyFilter()
{
    CoalitionGrid::Filter filter;
    filter.text = m_search->text().trimmed();
    filter.organizationKind = m_kind->currentData().toString();
    filter.tag = m_tag->text().trimmed();
    filter.campaignStatus = m_status->currentData().toString();
    filter.ended = m_endedShown ? EndedCampaigns::Shown::Shown : EndedCampaigns::Shown::Hidden;
    const QModelIndex current = m_table->currentIndex();
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_table->setCurrentIndex(
            m_model->index(qBound(0, current.row(), m_model->rowCount() - 1),
                           qBound(0, current.column(), m_model->columnCount() - 1)));
    emit statusMessage(tr("%n organization(s)", nullptr, m_model->rowCount()) +
                       QStringLiteral(" × ") +
                       tr("%n campaign(s)", nullptr, m_model->columnCount()));
}

void CoalitionGridPage::setEndedCampaignsShown(bool shown)
{
    if (shown == m_endedShown)
        return;
    m_endedShown = shown;
    applyFilter();
}

QString CoalitionGridPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CoalitionGridModel::PartnerIdRole).toString()
                             : QString();
}

void CoalitionGridPage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString partner = currentId();
    if (!partner.isEmpty())
        m_editor.edit(EntityKind::CampaignPartner, partner);
    else
        m_editor.addPartner(current.data(CoalitionGridModel::CampaignIdRole).toString(),
                            current.data(CoalitionGridModel::OrganizationIdRole).toString());
}

void CoalitionGridPage::newRecord()
{
    if (m_model->rowCount() == 0 && m_search->text().isEmpty() && m_tag->text().isEmpty() &&
        m_kind->currentIndex() == 0)
        m_editor.newOrganization();
    else if (m_model->columnCount() == 0 && m_status->currentIndex() == 0)
        m_editor.newCampaign();
    else
        editCurrent();
}

void CoalitionGridPage::deleteCurrent()
{
    if (!currentId().isEmpty())
        m_editor.deleteRecord(EntityKind::CampaignPartner, currentId());
}

void CoalitionGridPage::showRecord(const QString &id)
{
    QString organization = id;
    QString campaign;
    if (const auto partner = CampaignPartnerRepository(m_database).get(id)) {
        organization = partner->organizationId;
        campaign = partner->campaignId;
    }
    int row = -1, column = qMax(0, m_table->currentIndex().column());
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
        row = m_model->organizationAt(r).id == organization ? r : -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->campaignAt(c).id == campaign)
            column = c;
    }
    if (row >= 0 && column < m_model->columnCount()) {
        m_table->setCurrentIndex(m_model->index(row, column));
        m_table->scrollTo(m_table->currentIndex());
    }
}

void CoalitionGridPage::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setHtml(OrganizationDetail::html(
        m_database, current.isValid()
                        ? current.data(CoalitionGridModel::OrganizationIdRole).toString()
                        : QString()));
}

int CoalitionGridPage::writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                                 const std::function<bool(int)> &progress) const
{
    // The grid as filtered on screen: a row per organization, a column per campaign.
    QStringList header;
    if (withId)
        header << QStringLiteral("id");
    header << tr("Organization");
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->campaignAt(column).name;
    if (!write(header))
        return 0;
    int rows = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList cells;
        if (withId)
            cells << m_model->organizationAt(row).id;
        cells << m_model->organizationAt(row).name;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(row, column).data().toString();
        if (!write(cells))
            break;
        ++rows;
        if (progress && rows % 500 == 0 && !progress(rows))
            break;
    }
    if (progress)
        progress(rows);
    return rows;
}

int CoalitionGridPage::rowCountForExport() const
{
    return m_model->rowCount();
}

bool CoalitionGridPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            editCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}
