#include "ui/dialogs/PrintColumnsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PrintColumnsDialog::PrintColumnsDialog(const QString &explanation, const QStringList &columns,
                                       const QVector<int> &unchecked, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("printColumnsDialog"));
    setWindowTitle(tr("Columns to print"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (int i = 0; i < columns.size(); ++i) {
        auto *box = new QCheckBox(columns.at(i), this);
        box->setObjectName(QStringLiteral("printColumn%1").arg(i));
        box->setChecked(!unchecked.contains(i));
        layout->addWidget(box);
        m_boxes << box;
        // Nothing to print without a column.
        connect(box, &QCheckBox::toggled, this, [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
        });
    }
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print these"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QVector<int> PrintColumnsDialog::chosen() const
{
    QVector<int> indexes;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            indexes << i;
    }
    return indexes;
}
