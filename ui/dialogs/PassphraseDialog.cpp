#include "ui/dialogs/PassphraseDialog.h"

#include "ui/presentation/PassphraseStrength.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

PassphraseDialog::PassphraseDialog(Mode mode, const QString &feedName, const QString &problem,
                                   QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setWindowTitle(mode == Mode::Create ? tr("Encrypt the team feed") : tr("Team passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        mode == Mode::Create
            ? tr("The shared feed %1 is about to be written. Choose the team passphrase that "
                 "encrypts it: every laptop of the team will need it to sync, and nobody "
                 "without it (the file's host, a lost laptop) can read the coalition's records.")
                  .arg(feedName)
            : tr("The shared feed %1 is encrypted. Enter the team passphrase to sync.")
                  .arg(feedName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!problem.isEmpty()) {
        auto *problemLabel = new QLabel(problem, this);
        problemLabel->setObjectName(QStringLiteral("passphraseProblem"));
        problemLabel->setWordWrap(true);
        problemLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
        layout->addWidget(problemLabel);
    }
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        m_meter = new QProgressBar(this);
        m_meter->setRange(0, int(PassphraseStrength::veryStrongBits));
        m_meter->setTextVisible(false);
        m_meter->setMaximumHeight(8);
        form->addRow(QString(), m_meter);
        m_strength = new QLabel(this);
        m_strength->setObjectName(QStringLiteral("passphraseStrength"));
        m_strength->setWordWrap(true);
        form->addRow(QString(), m_strength);
    }
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("Re&member it in this computer's keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassphrase"));
    m_remember->setToolTip(tr("Kept by the desktop's password store (GNOME Keyring, KWallet), "
                              "never in a plain file. Leave it off on a shared computer."));
    layout->addWidget(m_remember);
    if (mode == Mode::Create) {
        m_withoutEncryption = new QCheckBox(tr("Write the feed &without encryption"), this);
        m_withoutEncryption->setObjectName(QStringLiteral("withoutEncryption"));
        layout->addWidget(m_withoutEncryption);
        m_warning = new QLabel(
            tr("Without encryption, anyone who can read the feed file — the sync service, "
               "the server's host, whoever finds a copy — reads every name, phone number and "
               "note in it. Choose this only for test data."),
            this);
        m_warning->setObjectName(QStringLiteral("withoutEncryptionWarning"));
        m_warning->setWordWrap(true);
        m_warning->setStyleSheet(QStringLiteral("font-weight: bold"));
        layout->addWidget(m_warning);
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::update);
        connect(m_withoutEncryption, &QCheckBox::toggled, this, &PassphraseDialog::update);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Create ? tr("&Encrypt and sync") : tr("&Sync"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::update);
    update();
    setMinimumWidth(460);
}

QString PassphraseDialog::passphrase() const
{
    return withoutEncryption() ? QString() : m_passphrase->text();
}

bool PassphraseDialog::remember() const
{
    return m_remember->isChecked() && !withoutEncryption();
}

bool PassphraseDialog::withoutEncryption() const
{
    return m_withoutEncryption && m_withoutEncryption->isChecked();
}

void PassphraseDialog::update()
{
    bool ok = !m_passphrase->text().isEmpty();
    if (m_mode == Mode::Create) {
        const bool without = withoutEncryption();
        m_passphrase->setEnabled(!without);
        m_repeat->setEnabled(!without);
        m_meter->setVisible(!without);
        m_remember->setEnabled(!without);
        m_strength->setVisible(!without);
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(without ? tr("Sync &without encryption") : tr("&Encrypt and sync"));
        if (m_warning->isHidden() == without) {
            m_warning->setVisible(without);
            // Room for the warning at the present width, or none left over.
            if (layout()->hasHeightForWidth())
                resize(width(), layout()->totalHeightForWidth(width()));
        }
        const PassphraseStrength strength = PassphraseStrength::of(m_passphrase->text());
        m_meter->setValue(int(qMin(strength.bits(), PassphraseStrength::veryStrongBits)));
        QString text = strength.text();
        const bool same = m_repeat->text() == m_passphrase->text();
        if (strength.isAcceptable() && !same && !m_repeat->text().isEmpty())
            text += QLatin1Char(' ') + tr("The two passphrases differ.");
        m_strength->setText(text);
        ok = without || (strength.isAcceptable() && same);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
