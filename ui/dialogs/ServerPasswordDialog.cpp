#include "ui/dialogs/ServerPasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServerPasswordDialog::ServerPasswordDialog(const QString &server, const QString &problem,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Team server password"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The team's feed is on the team server as %1. Enter your password for it to sync "
           "(the server's owner gave it to you).")
            .arg(server),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!problem.isEmpty()) {
        auto *problemLabel = new QLabel(problem, this);
        problemLabel->setObjectName(QStringLiteral("serverPasswordProblem"));
        problemLabel->setWordWrap(true);
        problemLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
        layout->addWidget(problemLabel);
    }
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("Re&member it in this computer's keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberServerPassword"));
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sync"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::remember() const
{
    return m_remember->isChecked();
}
