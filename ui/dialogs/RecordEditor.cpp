#include "ui/dialogs/RecordEditor.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Vocabulary.h"
#include "model/intake/InboxStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "ui/commands/IntakeCommands.h"
#include "ui/commands/RecordCommands.h"
#include "ui/dialogs/ActionItemDialog.h"
#include "ui/dialogs/CampaignDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/dialogs/OrganizationDialog.h"
#include "ui/dialogs/PartnerDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

RecordEditor::RecordEditor(Database &database, QUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent), m_database(database), m_undoStack(undoStack),
      m_dialogParent(dialogParent)
{
    m_question = [this](const QString &title, const QString &text, const QStringList &choices) {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, m_dialogParent);
        QVector<QAbstractButton *> buttons;
        for (const QString &choice : choices)
            buttons << box.addButton(choice, QMessageBox::AcceptRole);
        if (!buttons.isEmpty())
            box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
        box.exec();
        return int(buttons.indexOf(box.clickedButton()));
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
QString nameOf(const ActionItem &item)
{
    return item.title;
}
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
QString nameOf(const CampaignPartner &)
{
    return {}; // "Add partner", "Change partner": the campaign's pane shows which
}

template<class T> QString commandTextFor(const QString &text, const T &record)
{
    return text.contains(QLatin1String("%1")) ? text.arg(nameOf(record)) : text;
}

} // namespace

template<class Dialog, class Repository, class T>
QString RecordEditor::runDialog(const T &record, const QString &commandText,
                                T (Dialog::*result)() const)
{
    Dialog dialog(m_database, record, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return save<Repository>(record.id, (dialog.*result)(), commandText);
}

template<class Repository, class T>
QString RecordEditor::save(const QString &id, const T &edited, const QString &commandText)
{
    std::optional<T> before;
    if (!id.isEmpty())
        before = Repository(m_database).get(id);
    return pushSave(new SaveRecordCommand<Repository, T>(
        m_database, before, edited, commandTextFor(commandText, edited),
        [this](const QString &message) { reportError(message); }));
}

template<class Dialog, class Repository, class T>
QString RecordEditor::editExisting(const QString &id, const QString &commandText,
                                   T (Dialog::*result)() const)
{
    const std::optional<T> record = Repository(m_database).get(id);
    return record ? runDialog<Dialog, Repository>(*record, commandText, result) : QString();
}

QString RecordEditor::newActionItem(const QString &campaignId, const QString &title)
{
    ActionItem item;
    item.campaignId = campaignId;
    item.title = title;
    item.owner = m_defaultOwner;
    return runDialog<ActionItemDialog, ActionItemRepository>(item, tr("Add “%1”"),
                                                             &ActionItemDialog::item);
}

QString RecordEditor::quickAddActionItem(const QString &title, const QString &campaignId)
{
    ActionItem item;
    item.title = title.trimmed();
    item.campaignId = campaignId;
    item.owner = m_defaultOwner;
    if (item.title.isEmpty())
        return {};
    return save<ActionItemRepository>(QString(), item, tr("Add “%1”"));
}

QString RecordEditor::newCampaign()
{
    return runDialog<CampaignDialog, CampaignRepository>(Campaign(), tr("Add campaign “%1”"),
                                                         &CampaignDialog::campaign);
}

QString RecordEditor::newOrganization()
{
    return runDialog<OrganizationDialog, OrganizationRepository>(
        Organization(), tr("Add organization “%1”"), &OrganizationDialog::organization);
}

QString RecordEditor::newContact(const QString &organizationId)
{
    Contact contact;
    contact.organizationId = organizationId;
    return runDialog<ContactDialog, ContactRepository>(contact, tr("Add contact “%1”"),
                                                       &ContactDialog::contact);
}

QString RecordEditor::addPartner(const QString &campaignId, const QString &organizationId)
{
    CampaignPartner partner;
    partner.campaignId = campaignId;
    partner.organizationId = organizationId;
    return runDialog<PartnerDialog, CampaignPartnerRepository>(partner, tr("Add partner"),
                                                               &PartnerDialog::partner);
}

QString RecordEditor::edit(EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::ActionItem:
        return editExisting<ActionItemDialog, ActionItemRepository>(id, tr("Edit “%1”"),
                                                                    &ActionItemDialog::item);
    case EntityKind::Campaign:
        return editExisting<CampaignDialog, CampaignRepository>(id, tr("Edit campaign “%1”"),
                                                                &CampaignDialog::campaign);
    case EntityKind::Organization:
        return editExisting<OrganizationDialog, OrganizationRepository>(
            id, tr("Edit organization “%1”"), &OrganizationDialog::organization);
    case EntityKind::Contact:
        return editExisting<ContactDialog, ContactRepository>(id, tr("Edit contact “%1”"),
                                                              &ContactDialog::contact);
    case EntityKind::CampaignPartner:
        return editExisting<PartnerDialog, CampaignPartnerRepository>(id, tr("Change partner"),
                                                                      &PartnerDialog::partner);
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
    // A campaign's action items may outlive it (the work goes on): keeping them is the
    // first, default, choice.
    const bool itemsToKeep = kind == EntityKind::Campaign && snapshot.actionItemCount() > 0;
    const QStringList choices = itemsToKeep ? QStringList{tr("Delete, &keep its action items"),
                                                          tr("Delete &with its action items")}
                                            : QStringList{tr("&Delete")};
    const int chosen = m_question(tr("Delete"), question, choices);
    if (chosen < 0)
        return false;
    snapshot.setKeepsActionItems(itemsToKeep && chosen == 0);
    const QString text = tr("Delete “%1”").arg(snapshot.name());
    m_undoStack.push(
        new DeleteRecordCommand(m_database, std::move(snapshot), text,
                                [this](const QString &message) { reportError(message); }));
    return true;
}

bool RecordEditor::mergeRecord(EntityKind kind, const QString &id)
{
    if (kind != EntityKind::Organization && kind != EntityKind::Contact)
        return false;
    MergeDialog dialog(m_database, kind, id, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || dialog.otherId().isEmpty())
        return false;
    const RecordSnapshot kept = RecordSnapshot::capture(m_database, kind, id);
    const RecordSnapshot other = RecordSnapshot::capture(m_database, kind, dialog.otherId());
    const QString text = tr("Merge “%1” into “%2”").arg(other.name(), kept.name());
    const int before = m_undoStack.count();
    m_undoStack.push(
        new MergeRecordsCommand(m_database, kind, id, dialog.otherId(), dialog.takeFromOther(),
                                text, [this](const QString &message) { reportError(message); }));
    return m_undoStack.count() > before;
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
    if (!item)
        return;
    if (!item->recurrence.isEmpty() && item->isOpen() && item->dueDate.isValid())
        settleOccurrence(*item, ActionRules::doneStatus()); // this time only
    else
        setActionStatus(id, ActionRules::toggledStatus(item->status));
}

void RecordEditor::settleOccurrence(const ActionItem &item, const QString &outcome)
{
    const QString day = QLocale().toString(item.dueDate, QLocale::ShortFormat);
    const QString text = outcome == ActionRules::doneStatus()
                             ? tr("Done “%1” of %2").arg(item.title, day)
                             : tr("Skip “%1” of %2").arg(item.title, day);
    m_undoStack.push(new SettleOccurrenceCommand(
        m_database, item, outcome, text, [this](const QString &message) { reportError(message); }));
}

void RecordEditor::reportError(const QString &message)
{
    emit failed(message);
}

QString RecordEditor::acceptDraft(const InboxDraft &draft, bool edit)
{
    ActionItem item = InboxStore::proposedItem(draft);
    if (item.owner.isEmpty())
        item.owner = m_defaultOwner;
    if (edit) {
        ActionItemDialog dialog(m_database, item, m_dialogParent);
        dialog.setWindowTitle(tr("Accept draft"));
        if (dialog.exec() != QDialog::Accepted)
            return {};
        item = dialog.item();
    }
    auto *command =
        new AcceptDraftCommand(m_database, draft.id, item, tr("Accept “%1”").arg(item.title),
                               [this](const QString &message) { reportError(message); });
    const int before = m_undoStack.count();
    m_undoStack.push(command); // deletes the command if its write failed
    return m_undoStack.count() > before ? command->actionItemId() : QString();
}

void RecordEditor::setDraftDismissed(const InboxDraft &draft, bool dismissed)
{
    const QString title = draft.draft.item.title;
    m_undoStack.push(new DraftStateCommand(
        m_database, draft.id, dismissed,
        dismissed ? tr("Dismiss “%1”").arg(title) : tr("Open “%1” again").arg(title),
        [this](const QString &message) { reportError(message); }));
}
