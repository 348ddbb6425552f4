#pragma once

#include <QDialog>

class QLineEdit;

// Your name (recorded as the author of your changes), the default owner of new action
// items, the shared feed and the language, kept in Settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The team passphrase as typed; kept for this session only, never saved.
    QString passphrase() const;

protected:
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_owner;
    QLineEdit *m_coalition; // printed at the top of pages
    QLineEdit *m_feed;
    QLineEdit *m_caFile;
    class QSpinBox *m_minutes;
    QLineEdit *m_passphrase;
    class QComboBox *m_language;
};
