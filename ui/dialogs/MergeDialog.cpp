#include "ui/dialogs/MergeDialog.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/interop/csv/ImportMatcher.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/records/RecordMerge.h"
#include "model/storage/Database.h"
#include "ui/presentation/FieldText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

struct Named
{
    QString id;
    QString name;
};

QVector<Named> recordsOf(Database &database, EntityKind kind)
{
    QVector<Named> records;
    if (kind == EntityKind::Organization) {
        for (const Organization &organization : OrganizationRepository(database).list())
            records.append({organization.id, organization.name});
    } else {
        for (const Contact &contact : ContactRepository(database).list())
            records.append({contact.id, contact.name});
    }
    return records;
}

// How alike two folded names are: the length of what they begin with in common.
int likeness(const QString &a, const QString &b)
{
    int same = 0;
    while (same < a.size() && same < b.size() && a[same] == b[same])
        ++same;
    return same;
}

// A value as a radio button shows it: one line, cut with "…" past width, whole in the
// tooltip.
QRadioButton *valueButton(const QString &text, QWidget *parent)
{
    auto *button = new QRadioButton(parent);
    button->setText(button->fontMetrics().elidedText(text, Qt::ElideRight, 320));
    button->setToolTip(text);
    return button;
}

} // namespace

MergeDialog::MergeDialog(Database &database, EntityKind kind, const QString &keptId,
                         QWidget *parent)
    : QDialog(parent), m_database(database), m_kind(kind), m_keptId(keptId)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(kind == EntityKind::Organization ? tr("Merge organizations")
                                                    : tr("Merge contacts"));
    m_other = new QComboBox(this);
    m_other->setObjectName(QStringLiteral("mergeOther"));
    m_other->setEditable(true); // type to find one among many
    m_other->setInsertPolicy(QComboBox::NoInsert);
    m_other->completer()->setFilterMode(Qt::MatchContains);
    m_other->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_other->setMinimumContentsLength(40);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    m_fields = new QGridLayout;
    auto *fieldsWidget = new QWidget(this);
    fieldsWidget->setLayout(m_fields);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_consequences = new QLabel(this);
    m_consequences->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *pick = new QFormLayout;
    pick->addRow(tr("Merge &with:"), m_other);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pick);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_consequences);
    layout->addWidget(buttons);

    fillOthers();
    const QString keptName = m_other->property("keptName").toString();
    intro->setText(
        tr("“%1” stays. Choose the record that stands for the same %2, then which "
           "value of each field to keep.")
            .arg(keptName, kind == EntityKind::Organization ? tr("organization") : tr("person")));
    connect(m_other, &QComboBox::currentIndexChanged, this, &MergeDialog::showDifferences);
    showDifferences();
    resize(720, 480);
}

void MergeDialog::fillOthers()
{
    QVector<Named> records = recordsOf(m_database, m_kind);
    QString keptFolded;
    for (const Named &record : qAsConst(records)) {
        if (record.id == m_keptId) {
            keptFolded = ImportMatcher::folded(record.name);
            m_other->setProperty("keptName", record.name);
        }
    }
    // Likely duplicates first (alike for at least five letters), the rest by name.
    std::stable_sort(records.begin(), records.end(), [&](const Named &a, const Named &b) {
        const int la = likeness(keptFolded, ImportMatcher::folded(a.name));
        const int lb = likeness(keptFolded, ImportMatcher::folded(b.name));
        return (la >= 5 ? la : 0) > (lb >= 5 ? lb : 0);
    });
    for (const Named &record : qAsConst(records)) {
        if (record.id != m_keptId)
            m_other->addItem(record.name, record.id);
    }
}

QString MergeDialog::otherId() const
{
    return m_other->currentData().toString();
}

void MergeDialog::setOtherId(const QString &id)
{
    m_other->setCurrentIndex(m_other->findData(id));
}

QStringList MergeDialog::takeFromOther() const
{
    QStringList columns;
    for (const Row &row : m_rows) {
        if (row.choice->checkedId() == 1)
            columns << row.column;
    }
    return columns;
}

void MergeDialog::chooseOther(const QString &column)
{
    for (const Row &row : qAsConst(m_rows)) {
        if (row.column == column)
            row.choice->button(1)->setChecked(true);
    }
}

void MergeDialog::showDifferences()
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_rows.clear();
    m_merge->setEnabled(false);
    if (otherId().isEmpty()) {
        m_consequences->setText(tr("There is no other record to merge with."));
        return;
    }
    try {
        const RecordMerge merge(m_database, m_kind, m_keptId, otherId());
        const QString table = tableName(m_kind);
        auto add = [this](QWidget *widget, int row, int column) {
            m_fields->addWidget(widget, row, column);
            m_rowWidgets << widget;
        };
        add(new QLabel(tr("<b>Keeps</b>"), this), 0, 1);
        add(new QLabel(tr("<b>Takes instead</b>"), this), 0, 2);
        int line = 1;
        for (const RecordMerge::Difference &difference : merge.differences()) {
            auto *label =
                new QLabel(m_database.catalogue().label(table, difference.column) + ':', this);
            QRadioButton *kept = valueButton(
                FieldText::show(m_database, table, difference.column, difference.kept), this);
            QRadioButton *other = valueButton(
                FieldText::show(m_database, table, difference.column, difference.other), this);
            auto *group = new QButtonGroup(kept);
            group->addButton(kept, 0);
            group->addButton(other, 1);
            // An empty field takes the other's value unless the person says otherwise.
            (difference.kept.value_or(QString()).isEmpty() ? other : kept)->setChecked(true);
            label->setBuddy(kept);
            add(label, line, 0);
            add(kept, line, 1);
            add(other, line, 2);
            m_rows.append({difference.column, group});
            ++line;
        }
        if (m_rows.isEmpty()) {
            auto *same = new QLabel(tr("The two records hold the same values."), this);
            m_fields->addWidget(same, line, 0, 1, 3);
            m_rowWidgets << same;
        }
        m_fields->setRowStretch(line + 1, 1);
        const int moved = merge.movedReferences();
        QString consequences =
            tr("“%1” is deleted; the tags of both are kept.").arg(m_other->currentText());
        if (moved > 0)
            consequences +=
                QLatin1Char(' ') + tr("%n record(s) that refer to it (people, action items, "
                                      "partnerships) move to the one that stays.",
                                      nullptr, moved);
        consequences += QLatin1Char(' ') + tr("You can undo this with Ctrl+Z.");
        m_consequences->setText(consequences);
        m_merge->setEnabled(true);
    } catch (const CoalitionError &error) {
        m_consequences->setText(error.message());
    }
}
