#include "ui/dialogs/PartnerFeedsDialog.h"

#include "model/domain/ValidationError.h"
#include "model/intake/PartnerFeedStore.h"
#include "model/records/OrganizationRepository.h"
#include "model/settings/Settings.h"
#include "ui/dialogs/Choices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

PartnerFeedsDialog::PartnerFeedsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("partnerFeedsDialog"));
    setWindowTitle(tr("Partner feeds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The news feeds (RSS or Atom) of partner organizations. Each new "
                                "entry's calls to action become drafts in the Inbox. Coalition "
                                "reads these addresses and no others; the list is shared with "
                                "your team when you sync."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("partnerFeeds"));
    m_table->setAccessibleName(tr("Partner feeds"));
    m_table->setHorizontalHeaderLabels({tr("Organization"), tr("Address")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, fontMetrics().averageCharWidth() * 28);
    layout->addWidget(m_table, 1);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFeed"));
    connect(m_remove, &QPushButton::clicked, this, &PartnerFeedsDialog::removeChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });

    auto *form = new QFormLayout;
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("feedOrganization"));
    Choices::fillOrganizations(m_organization, database, tr("(choose one)"));
    form->addRow(tr("&Organization:"), m_organization);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("feedAddress"));
    m_address->setPlaceholderText(QStringLiteral("https://example.org/feed"));
    auto *add = new QPushButton(tr("&Add feed"), this);
    add->setObjectName(QStringLiteral("addFeed"));
    connect(add, &QPushButton::clicked, this, &PartnerFeedsDialog::add);
    connect(m_address, &QLineEdit::returnPressed, this, &PartnerFeedsDialog::add);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_address, 1);
    addRow->addWidget(add);
    // A row of a field and a button: its label needs the field as buddy for its mnemonic.
    auto *addressLabel = new QLabel(tr("Add&ress:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addRow);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("feedProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *bottom = new QHBoxLayout;
    m_hourly = new QCheckBox(tr("Read them &every hour while Coalition is open"), this);
    m_hourly->setObjectName(QStringLiteral("feedsHourly"));
    m_hourly->setChecked(Settings().value(Settings::Key::PartnerFeedsHourly).toBool());
    connect(m_hourly, &QCheckBox::toggled, this,
            [](bool on) { Settings().setValue(Settings::Key::PartnerFeedsHourly, on); });
    bottom->addWidget(m_hourly, 1);
    bottom->addWidget(m_remove);
    layout->addLayout(bottom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    refresh();
    resize(720, 440);
}

void PartnerFeedsDialog::refresh()
{
    const QVector<PartnerFeed> feeds = PartnerFeedStore(m_database).list();
    OrganizationRepository organizations(m_database);
    m_table->setRowCount(int(feeds.size()));
    for (int row = 0; row < feeds.size(); ++row) {
        const auto organization = organizations.get(feeds.at(row).organizationId);
        auto *name = new QTableWidgetItem(organization ? organization->name : QString());
        name->setData(Qt::UserRole, feeds.at(row).id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(feeds.at(row).address));
    }
    m_remove->setEnabled(!m_table->selectedItems().isEmpty());
}

void PartnerFeedsDialog::add()
{
    try {
        PartnerFeedStore(m_database).add(Choices::selected(m_organization), m_address->text());
        m_address->clear();
        m_problem->hide();
        refresh();
    } catch (const ValidationError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        (error.field() == QLatin1String("address") ? static_cast<QWidget *>(m_address)
                                                   : m_organization)
            ->setFocus();
    }
}

void PartnerFeedsDialog::removeChosen()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    if (chosen.isEmpty())
        return;
    PartnerFeedStore(m_database)
        .remove(m_table->item(chosen.first()->row(), 0)->data(Qt::UserRole).toString());
    refresh();
}
