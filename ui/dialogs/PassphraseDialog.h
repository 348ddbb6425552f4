#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// Asks for the team passphrase when a sync needs it. Unlock: the feed is encrypted (and
// the passphrase was not given, or did not open it). Create: a feed is to be made, or a
// format 1 feed moved to the encrypted format 2 — the passphrase twice, with zxcvbn's
// strength feedback, or an explicit choice to go without encryption, with its warning.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Unlock,
        Create
    };

    // problem: why it asks again ("That passphrase does not open the feed"), or empty.
    PassphraseDialog(Mode mode, const QString &feedName, const QString &problem,
                     QWidget *parent = nullptr);

    QString passphrase() const;
    bool withoutEncryption() const;
    // The person asked to keep the passphrase in the desktop's keyring (off by default).
    bool remember() const;

private:
    void update();

    Mode m_mode;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_strength = nullptr;
    QProgressBar *m_meter = nullptr;
    QCheckBox *m_withoutEncryption = nullptr;
    QCheckBox *m_remember;
    QLabel *m_warning = nullptr;
    QDialogButtonBox *m_buttons;
};
