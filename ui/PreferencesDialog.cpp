#include "PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_name = new QLineEdit(authorName(), this);
    m_name->setObjectName(QStringLiteral("authorName"));
    m_name->setToolTip(tr("Recorded as the author of the changes you make"));
    m_owner = new QLineEdit(defaultOwner(), this);
    m_owner->setObjectName(QStringLiteral("defaultOwner"));
    m_owner->setToolTip(tr("Filled in as the owner of new action items"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Default &owner:"), m_owner);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(420);
}

QString PreferencesDialog::authorName()
{
    return QSettings().value(QStringLiteral("author")).toString();
}

QString PreferencesDialog::defaultOwner()
{
    return QSettings().value(QStringLiteral("defaultOwner")).toString();
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("author"), m_name->text().trimmed());
    settings.setValue(QStringLiteral("defaultOwner"), m_owner->text().trimmed());
    QDialog::accept();
}
