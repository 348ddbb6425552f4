#include "ui/dialogs/SearchDialog.h"

#include "model/domain/Vocabulary.h"
#include "model/storage/SearchIndex.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Campaign:
        return SearchDialog::tr("Campaigns");
    case EntityKind::Organization:
        return SearchDialog::tr("Organizations");
    case EntityKind::Contact:
        return SearchDialog::tr("Contacts");
    case EntityKind::ActionItem:
        return SearchDialog::tr("Action items");
    case EntityKind::CampaignPartner:
        break;
    }
    return {};
}

} // namespace

SearchDialog::SearchDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search Coalition"));
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("globalSearchField"));
    m_field->setPlaceholderText(tr("Words or the start of words, e.g. “bysta train”"));
    m_field->setClearButtonEnabled(true);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setHeaderLabels({tr("Result"), tr("Details")});
    // The result's name takes what the details leave: titles are long, details short.
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->setColumnWidth(1, 200);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(new QLabel(tr("Enter opens the chosen result; Esc closes."), this));
    resize(800, 480);

    connect(m_field, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (!m_results->currentItem() && m_results->topLevelItemCount() > 0)
            m_results->setCurrentItem(m_results->topLevelItem(0)->child(0));
        openCurrent();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchDialog::openCurrent);
}

void SearchDialog::search()
{
    m_results->clear();
    QTreeWidgetItem *group = nullptr;
    EntityKind groupKind = EntityKind::CampaignPartner;
    for (const SearchHit &hit : SearchIndex(m_database).search(m_field->text())) {
        if (!group || hit.kind != groupKind) {
            group = new QTreeWidgetItem(m_results, {kindLabel(hit.kind)});
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            groupKind = hit.kind;
        }
        // A campaign's detail is its status word; show it as the lists do.
        const QString detail = hit.kind == EntityKind::Campaign
                                   ? Vocabulary::campaignStatus().label(hit.detail)
                                   : hit.detail;
        auto *item = new QTreeWidgetItem(group, {hit.title, detail});
        item->setData(0, Qt::UserRole, int(hit.kind));
        item->setData(0, Qt::UserRole + 1, hit.id);
        item->setToolTip(0, hit.title);
        item->setToolTip(1, detail);
    }
    m_results->expandAll();
}

void SearchDialog::openCurrent()
{
    QTreeWidgetItem *item = m_results->currentItem();
    if (!item || item->data(0, Qt::UserRole + 1).toString().isEmpty())
        return;
    emit openRecordRequested(EntityKind(item->data(0, Qt::UserRole).toInt()),
                             item->data(0, Qt::UserRole + 1).toString());
    accept();
}
