#pragma once

#include <QDialog>

class QLineEdit;

// Your name (recorded as the author of your changes) and the default owner of new
// action items, kept in QSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static QString authorName();
    static QString defaultOwner();

protected:
    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_owner;
};
