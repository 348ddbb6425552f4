#pragma once

#include "model/domain/Contact.h"
#include "ui/dialogs/RecordDialog.h"

class Database;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

class ContactDialog : public RecordDialog
{
    Q_OBJECT

public:
    ContactDialog(Database &database, const Contact &contact, QWidget *parent = nullptr);

    Contact contact() const { return m_contact; }

protected:
    void check() override;

private:
    Database &m_database;
    Contact m_contact;
    QLineEdit *m_name, *m_role, *m_email, *m_phone, *m_tags;
    QComboBox *m_organization;
    QPlainTextEdit *m_notes;
};
