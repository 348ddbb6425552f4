#include "ui/dialogs/PasteAlertDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasteAlertDialog::PasteAlertDialog(const QString &text, const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pasteAlertDialog"));
    setWindowTitle(tr("Paste alert"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Paste a partner's alert, statement or event announcement. Each "
                                "call to action in it becomes a draft in the Inbox, to accept "
                                "or dismiss; nothing is added to your action items until you "
                                "accept it, and nothing leaves this computer."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("alertText"));
    m_text->setAccessibleName(tr("Alert text"));
    m_text->setPlainText(text);
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);

    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("alertLanguage"));
    m_language->addItem(tr("Tell from its words"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    form->addRow(tr("&Language:"), m_language);
    m_received = new QDateEdit(today, this);
    m_received->setObjectName(QStringLiteral("alertReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(tr("&Received on:"), m_received);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *read = buttons->button(QDialogButtonBox::Ok);
    read->setText(tr("&Draft action items"));
    const auto updateRead = [this, read] {
        read->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    updateRead();
    connect(m_text, &QPlainTextEdit::textChanged, this, updateRead);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString PasteAlertDialog::text() const
{
    return m_text->toPlainText();
}

QString PasteAlertDialog::language() const
{
    return m_language->currentData().toString();
}

QDate PasteAlertDialog::receivedOn() const
{
    return m_received->date();
}
