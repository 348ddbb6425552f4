#pragma once

#include "model/domain/Organization.h"
#include "ui/dialogs/RecordDialog.h"

class Database;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

class OrganizationDialog : public RecordDialog
{
    Q_OBJECT

public:
    OrganizationDialog(Database &database, const Organization &organization,
                       QWidget *parent = nullptr);

    Organization organization() const { return m_organization; }

protected:
    void check() override;

private:
    Database &m_database;
    Organization m_organization;
    QLineEdit *m_name, *m_acronym, *m_region, *m_website, *m_email, *m_phone, *m_tags;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
};
