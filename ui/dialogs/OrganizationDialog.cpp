#include "ui/dialogs/OrganizationDialog.h"

#include "model/domain/Vocabulary.h"
#include "model/records/OrganizationRepository.h"
#include "ui/dialogs/Choices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

OrganizationDialog::OrganizationDialog(Database &database, const Organization &organization,
                                       QWidget *parent)
    : RecordDialog(organization.id.isEmpty() ? tr("New organization") : tr("Edit organization"),
                   parent),
      m_database(database), m_organization(organization)
{
    setObjectName(QStringLiteral("organizationDialog"));
    m_name = new QLineEdit(organization.name, this);
    m_acronym = new QLineEdit(organization.acronym, this);
    m_kind = new QComboBox(this);
    m_kind->setEditable(true);
    Choices::fillSuggestions(m_kind, Vocabulary::organizationKind(), organization.kind);
    m_region = new QLineEdit(organization.region, this);
    m_website = new QLineEdit(organization.website, this);
    m_website->setPlaceholderText(tr("example.org"));
    m_email = new QLineEdit(organization.email, this);
    m_phone = new QLineEdit(organization.phone, this);
    m_description = textEditor(organization.description, 80);
    m_tags = tagsEditor(organization.tags);

    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    addField(tr("A&cronym:"), m_acronym, QStringLiteral("acronym"));
    addField(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addField(tr("City or &region:"), m_region, QStringLiteral("region"));
    addField(tr("&Website:"), m_website, QStringLiteral("website"));
    addField(tr("&Email:"), m_email, QStringLiteral("email"));
    addField(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    addField(tr("&Description:"), m_description, QStringLiteral("description"));
    addField(tr("T&ags:"), m_tags, QStringLiteral("tags"));
}

void OrganizationDialog::check()
{
    Organization organization = m_organization;
    organization.name = m_name->text();
    organization.acronym = m_acronym->text();
    organization.kind = m_kind->currentText();
    organization.region = m_region->text();
    organization.website = m_website->text();
    organization.email = m_email->text();
    organization.phone = m_phone->text();
    organization.description = m_description->toPlainText();
    organization.tags = tagsIn(m_tags);
    OrganizationRepository(m_database).validate(organization);
    m_organization = organization;
}
