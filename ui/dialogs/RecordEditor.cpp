#include "ui/dialogs/RecordEditor.h"

#include "model/domain/Vocabulary.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ActionItemDialog.h"
#include "ui/dialogs/CampaignDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/OrganizationDialog.h"
#include "ui/dialogs/PartnerDialog.h"

#include <QMessageBox>
#include <QUndoStack>

RecordEditor::RecordEditor(Database &database, QUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent), m_database(database), m_undoStack(undoStack),
      m_dialogParent(dialogParent)
{
    m_question = [this](const QString &title, const QString &text) {
        return QMessageBox::question(m_dialogParent, title, text,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
}

template<class Command> QString RecordEditor::pushSave(Command *command)
{
    const QString id = command->recordId();
    m_undoStack.push(command); // may delete the command if its write failed
    return id;
}

namespace {

// What the Edit menu calls a record in "Undo Edit campaign “…”".
QString nameOf(const Campaign &campaign)
{
    return campaign.name;
}
QString nameOf(const Organization &organization)
{
    return organization.name;
}
QString nameOf(const Contact &contact)
{
    return contact.name;
}

} // namespace

template<class Dialog, class Repository, class T>
QString RecordEditor::runDialog(const T &record, const QString &commandText,
                                T (Dialog::*result)() const)
{
    Dialog dialog(m_database, record, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const T edited = (dialog.*result)();
    std::optional<T> before;
    if (!record.id.isEmpty())
        before = Repository(m_database).get(record.id);
    auto *command = new SaveRecordCommand<Repository, T>(
        m_database, before, edited, commandText.arg(nameOf(edited)),
        [this](const QString &message) { reportError(message); });
    return pushSave(command);
}

QString RecordEditor::newActionItem(const QString &campaignId, const QString &title)
{
    ActionItem item;
    item.campaignId = campaignId;
    item.title = title;
    item.owner = m_defaultOwner;
    ActionItemDialog dialog(m_database, item, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto *command = new SaveRecordCommand<ActionItemRepository, ActionItem>(
        m_database, std::nullopt, dialog.item(), tr("Add “%1”").arg(dialog.item().title),
        [this](const QString &message) { reportError(message); });
    return pushSave(command);
}

QString RecordEditor::editActionItem(const QString &id)
{
    const auto before = ActionItemRepository(m_database).get(id);
    if (!before)
        return {};
    ActionItemDialog dialog(m_database, *before, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_undoStack.push(new SaveRecordCommand<ActionItemRepository, ActionItem>(
        m_database, before, dialog.item(), tr("Edit “%1”").arg(dialog.item().title),
        [this](const QString &message) { reportError(message); }));
    return id;
}

QString RecordEditor::quickAddActionItem(const QString &title, const QString &campaignId)
{
    ActionItem item;
    item.title = title.trimmed();
    item.campaignId = campaignId;
    item.owner = m_defaultOwner;
    if (item.title.isEmpty())
        return {};
    auto *command = new SaveRecordCommand<ActionItemRepository, ActionItem>(
        m_database, std::nullopt, item, tr("Add “%1”").arg(item.title),
        [this](const QString &message) { reportError(message); });
    return pushSave(command);
}

QString RecordEditor::newCampaign()
{
    return runDialog<CampaignDialog, CampaignRepository>(Campaign(), tr("Add campaign “%1”"),
                                                         &CampaignDialog::campaign);
}

QString RecordEditor::editCampaign(const QString &id)
{
    const auto campaign = CampaignRepository(m_database).get(id);
    return campaign ? runDialog<CampaignDialog, CampaignRepository>(
                          *campaign, tr("Edit campaign “%1”"), &CampaignDialog::campaign)
                    : QString();
}

QString RecordEditor::newOrganization()
{
    return runDialog<OrganizationDialog, OrganizationRepository>(
        Organization(), tr("Add organization “%1”"), &OrganizationDialog::organization);
}

QString RecordEditor::editOrganization(const QString &id)
{
    const auto organization = OrganizationRepository(m_database).get(id);
    return organization
               ? runDialog<OrganizationDialog, OrganizationRepository>(
                     *organization, tr("Edit organization “%1”"), &OrganizationDialog::organization)
               : QString();
}

QString RecordEditor::newContact(const QString &organizationId)
{
    Contact contact;
    contact.organizationId = organizationId;
    return runDialog<ContactDialog, ContactRepository>(contact, tr("Add contact “%1”"),
                                                       &ContactDialog::contact);
}

QString RecordEditor::editContact(const QString &id)
{
    const auto contact = ContactRepository(m_database).get(id);
    return contact ? runDialog<ContactDialog, ContactRepository>(*contact, tr("Edit contact “%1”"),
                                                                 &ContactDialog::contact)
                   : QString();
}

QString RecordEditor::addPartner(const QString &campaignId)
{
    CampaignPartner partner;
    partner.campaignId = campaignId;
    PartnerDialog dialog(m_database, partner, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto *command = new SaveRecordCommand<CampaignPartnerRepository, CampaignPartner>(
        m_database, std::nullopt, dialog.partner(), tr("Add partner"),
        [this](const QString &message) { reportError(message); });
    return pushSave(command);
}

QString RecordEditor::editPartner(const QString &id)
{
    const auto before = CampaignPartnerRepository(m_database).get(id);
    if (!before)
        return {};
    PartnerDialog dialog(m_database, *before, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    m_undoStack.push(new SaveRecordCommand<CampaignPartnerRepository, CampaignPartner>(
        m_database, before, dialog.partner(), tr("Change partner"),
        [this](const QString &message) { reportError(message); }));
    return id;
}

QString RecordEditor::edit(EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::ActionItem:
        return editActionItem(id);
    case EntityKind::Campaign:
        return editCampaign(id);
    case EntityKind::Organization:
        return editOrganization(id);
    case EntityKind::Contact:
        return editContact(id);
    case EntityKind::CampaignPartner:
        return editPartner(id);
    }
    return {};
}

bool RecordEditor::deleteRecord(EntityKind kind, const QString &id)
{
    RecordSnapshot snapshot = RecordSnapshot::capture(m_database, kind, id);
    if (snapshot.isEmpty())
        return false;
    QString question = tr("Delete “%1”?").arg(snapshot.name());
    if (!snapshot.consequences().isEmpty())
        question += QStringLiteral("\n\n") + snapshot.consequences();
    question += QStringLiteral("\n\n") + tr("You can undo this with Ctrl+Z.");
    if (!m_question(tr("Delete"), question))
        return false;
    const QString text = tr("Delete “%1”").arg(snapshot.name());
    m_undoStack.push(
        new DeleteRecordCommand(m_database, std::move(snapshot), text,
                                [this](const QString &message) { reportError(message); }));
    return true;
}

void RecordEditor::setActionStatus(const QString &id, const QString &status)
{
    const auto item = ActionItemRepository(m_database).get(id);
    if (!item || item->status == status)
        return;
    const QString text =
        ActionRules::isDone(status)
            ? tr("Mark “%1” done").arg(item->title)
            : tr("Set “%1” to %2").arg(item->title, Vocabulary::actionStatus().label(status));
    m_undoStack.push(
        new SetStatusCommand(m_database, id, item->status, status, text,
                             [this](const QString &message) { reportError(message); }));
}

void RecordEditor::toggleDone(const QString &id)
{
    const auto item = ActionItemRepository(m_database).get(id);
    if (item)
        setActionStatus(id, ActionRules::toggledStatus(item->status));
}

void RecordEditor::reportError(const QString &message)
{
    emit failed(message);
}
