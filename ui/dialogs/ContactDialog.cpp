#include "ui/dialogs/ContactDialog.h"

#include "model/records/ContactRepository.h"
#include "ui/dialogs/Choices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

ContactDialog::ContactDialog(Database &database, const Contact &contact, QWidget *parent)
    : RecordDialog(contact.id.isEmpty() ? tr("New contact") : tr("Edit contact"), parent),
      m_database(database), m_contact(contact)
{
    setObjectName(QStringLiteral("contactDialog"));
    m_name = new QLineEdit(contact.name, this);
    m_organization = new QComboBox(this);
    Choices::fillOrganizations(m_organization, database, tr("(no organization)"));
    Choices::select(m_organization, contact.organizationId);
    m_role = new QLineEdit(contact.role, this);
    m_email = new QLineEdit(contact.email, this);
    m_phone = new QLineEdit(contact.phone, this);
    m_notes = textEditor(contact.notes, 80);
    m_tags = tagsEditor(contact.tags);

    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    addField(tr("&Organization:"), m_organization, QStringLiteral("organization_id"));
    addField(tr("&Role or title:"), m_role, QStringLiteral("role"));
    addField(tr("&Email:"), m_email, QStringLiteral("email"));
    addField(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    addField(tr("No&tes:"), m_notes, QStringLiteral("notes"));
    addField(tr("T&ags:"), m_tags, QStringLiteral("tags"));
}

void ContactDialog::check()
{
    Contact contact = m_contact;
    contact.name = m_name->text();
    contact.organizationId = Choices::selected(m_organization);
    contact.role = m_role->text();
    contact.email = m_email->text();
    contact.phone = m_phone->text();
    contact.notes = m_notes->toPlainText();
    contact.tags = tagsIn(m_tags);
    ContactRepository(m_database).validate(contact);
    m_contact = contact;
}
