#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for the member's password on a team server when a sync needs it (none given yet,
// or the server refused the one given), with the choice to keep it in the desktop's
// keyring (off by default).
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // server: "ana on db.example.org"; problem: why it asks again, or empty.
    ServerPasswordDialog(const QString &server, const QString &problem, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};
