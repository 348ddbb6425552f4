#include "ui/dialogs/ActionItemDialog.h"

#include "model/domain/Validation.h"
#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "ui/dialogs/Choices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

ActionItemDialog::ActionItemDialog(Database &database, const ActionItem &item, QWidget *parent)
    : RecordDialog(item.id.isEmpty() ? tr("New action item") : tr("Edit action item"), parent),
      m_database(database), m_item(item)
{
    setObjectName(QStringLiteral("actionItemDialog"));
    m_title = new QLineEdit(item.title, this);
    m_kind = new QComboBox(this);
    m_kind->setEditable(true);
    Choices::fillSuggestions(m_kind, Vocabulary::actionKind(), item.kind);
    m_campaign = new QComboBox(this);
    Choices::fillCampaigns(m_campaign, database, tr("(no campaign)"));
    Choices::select(m_campaign, item.campaignId);
    m_organization = new QComboBox(this);
    Choices::fillOrganizations(m_organization, database, tr("(no organization)"));
    Choices::select(m_organization, item.organizationId);
    m_owner = new QLineEdit(item.owner, this);
    m_due = new QLineEdit(item.dueDate.toString(Qt::ISODate), this);
    m_due->setPlaceholderText(tr("YYYY-MM-DD, or empty for no deadline"));
    m_status = new QComboBox(this);
    Choices::fillVocabulary(m_status, Vocabulary::actionStatus());
    Choices::select(m_status, item.status);
    m_priority = new QComboBox(this);
    Choices::fillVocabulary(m_priority, Vocabulary::priority());
    Choices::select(m_priority, item.priority);
    m_location = new QLineEdit(item.location, this);
    m_link = new QLineEdit(item.link, this);
    m_link->setPlaceholderText(tr("https://…"));
    m_tags = tagsEditor(item.tags);
    m_notes = textEditor(item.notes, 80);

    addField(tr("&Title:"), m_title, QStringLiteral("title"), tr("What needs doing"));
    addField(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addField(tr("&Campaign:"), m_campaign, QStringLiteral("campaign_id"));
    addField(tr("O&rganization:"), m_organization, QStringLiteral("organization_id"));
    addField(tr("&Owner:"), m_owner, QStringLiteral("owner"), tr("Who makes sure it happens"));
    addField(tr("&Due:"), m_due, QStringLiteral("due_date"));
    addField(tr("&Status:"), m_status, QStringLiteral("status"));
    addField(tr("&Priority:"), m_priority, QStringLiteral("priority"));
    addField(tr("&Location:"), m_location, QStringLiteral("location"));
    addField(tr("Lin&k:"), m_link, QStringLiteral("link"));
    addField(tr("T&ags:"), m_tags, QStringLiteral("tags"));
    addField(tr("&Notes:"), m_notes, QStringLiteral("notes"));
}

void ActionItemDialog::check()
{
    ActionItem item = m_item;
    item.title = m_title->text();
    item.kind = m_kind->currentText();
    item.campaignId = Choices::selected(m_campaign);
    item.organizationId = Choices::selected(m_organization);
    item.owner = m_owner->text();
    item.dueDate = Validation::optionalDate(m_due->text(), QStringLiteral("due_date"));
    item.status = Choices::selected(m_status);
    item.priority = Choices::selected(m_priority);
    item.location = m_location->text();
    item.link = m_link->text();
    item.tags = tagsIn(m_tags);
    item.notes = m_notes->toPlainText();
    ActionItemRepository(m_database).validate(item);
    m_item = item;
}
