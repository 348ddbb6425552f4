#include "ui/dialogs/PreferencesDialog.h"

#include "model/settings/Settings.h"
#include "model/settings/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Settings settings;
    m_name = new QLineEdit(settings.text(Settings::Key::Author), this);
    m_name->setObjectName(QStringLiteral("authorName"));
    m_name->setToolTip(tr("Recorded as the author of the changes you make"));
    m_owner = new QLineEdit(settings.text(Settings::Key::DefaultOwner), this);
    m_owner->setObjectName(QStringLiteral("defaultOwner"));
    m_owner->setToolTip(tr("Filled in as the owner of new action items"));
    m_coalition = new QLineEdit(settings.text(Settings::Key::CoalitionName), this);
    m_coalition->setObjectName(QStringLiteral("coalitionName"));
    m_coalition->setPlaceholderText(QStringLiteral("Coalition")); // what prints when empty
    m_coalition->setToolTip(tr("Printed at the top of every page you print or save as PDF"));
    m_feed = new QLineEdit(settings.text(Settings::Key::SyncFeed), this);
    m_feed->setObjectName(QStringLiteral("feedPath"));
    m_feed->setPlaceholderText(tr("A shared file, or an https:// address"));
    // Wide enough for the hint; the tooltip says the rest.
    m_feed->setMinimumWidth(m_feed->fontMetrics().horizontalAdvance(m_feed->placeholderText()) +
                            40);
    m_feed->setToolTip(tr("The team's shared feed: a file on a shared drive or in a synced "
                          "folder (Nextcloud, Dropbox, Syncthing), an http(s) address on a "
                          "web server with WebDAV (put a user name and password in the address "
                          "if the server asks for them), or a PostgreSQL team server, "
                          "postgresql://member@host:5432/database?team=NAME (its password is "
                          "asked for when syncing)."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Shared feed file"), m_feed->text(), QString(),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_feed->setText(path);
    });
    auto *feedRow = new QHBoxLayout;
    feedRow->addWidget(m_feed, 1);
    feedRow->addWidget(browse);
    m_caFile = new QLineEdit(settings.text(Settings::Key::SyncCaFile), this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("Only for a server with a certificate of its own"));
    m_caFile->setToolTip(tr("A file of certificate authorities (PEM) to trust for the team's "
                            "server, https:// or postgresql://, when its certificate is not "
                            "signed by an authority this computer trusts. The server's owner "
                            "gives it."));
    auto *browseCa = new QPushButton(tr("B&rowse…"), this);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Certificate authorities"), m_caFile->text(),
                                         tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("only when asked or when the file changes"));
    m_minutes->setValue(settings.number(Settings::Key::SyncMinutes));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setToolTip(tr("The team's passphrase, if the feed uses one. Kept only until "
                                "Coalition closes; never saved."));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // The plain C locale has no language name; then just "The system's".
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("The system's")
                                                 : tr("The system's (%1)").arg(systemLanguage),
                        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Translations::available()) {
        // Each language under its own name, as people look for it.
        QString name = QLocale(code).nativeLanguageName();
        name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::chosen())));
    m_language->setToolTip(tr("Takes effect the next time Coalition starts"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Default &owner:"), m_owner);
    form->addRow(tr("Coali&tion's name:"), m_coalition);
    auto *feedLabel = new QLabel(tr("Shared &feed:"), this);
    feedLabel->setBuddy(m_feed);
    form->addRow(feedLabel, feedRow);
    auto *caLabel = new QLabel(tr("Server &certificate:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Sync &every:"), m_minutes);
    form->addRow(tr("Team &passphrase:"), m_passphrase);
    form->addRow(tr("&Language:"), m_language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(560);
}

QString PreferencesDialog::passphrase() const
{
    return m_passphrase->text();
}

void PreferencesDialog::accept()
{
    {
        Settings settings; // written, readable by this user only, when it goes
        settings.setValue(Settings::Key::Author, m_name->text().trimmed());
        settings.setValue(Settings::Key::DefaultOwner, m_owner->text().trimmed());
        settings.setValue(Settings::Key::CoalitionName, m_coalition->text().trimmed());
        settings.setValue(Settings::Key::SyncFeed, m_feed->text().trimmed());
        settings.setValue(Settings::Key::SyncCaFile, m_caFile->text().trimmed());
        settings.setValue(Settings::Key::SyncMinutes, m_minutes->value());
        settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    }
    QDialog::accept();
}
