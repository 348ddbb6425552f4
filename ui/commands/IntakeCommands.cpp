#include "ui/commands/IntakeCommands.h"

#include "model/intake/InboxStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/Transaction.h"

AcceptDraftCommand::AcceptDraftCommand(Database &database, const QString &draftId, ActionItem item,
                                       const QString &text, CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_draftId(draftId), m_item(std::move(item))
{}

void AcceptDraftCommand::redo()
{
    run([this] {
        Transaction transaction(m_database);
        InboxStore inbox(m_database);
        // Only an organization this step adds goes again with its undo: not one the person
        // chose, nor one already added (here, or on another laptop and synced).
        const auto stored = inbox.draft(m_draftId);
        const bool addsOrganization =
            stored && m_item.organizationId.isEmpty() && !stored->draft.newOrganization.isEmpty() &&
            !OrganizationRepository(m_database).findByName(stored->draft.newOrganization);
        const ActionItem made = inbox.accept(m_draftId, m_item);
        m_madeItemId = made.id;
        m_madeOrganizationId = addsOrganization ? made.organizationId : QString();
        transaction.commit();
    });
}

void AcceptDraftCommand::undo()
{
    run([this] {
        Transaction transaction(m_database);
        ActionItemRepository(m_database).remove(m_madeItemId);
        if (!m_madeOrganizationId.isEmpty())
            OrganizationRepository(m_database).remove(m_madeOrganizationId);
        InboxStore(m_database).reopen(m_draftId);
        transaction.commit();
    });
}

DraftStateCommand::DraftStateCommand(Database &database, const QString &draftId, bool dismiss,
                                     const QString &text, CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_draftId(draftId), m_dismiss(dismiss)
{}

void DraftStateCommand::redo()
{
    set(m_dismiss);
}

void DraftStateCommand::undo()
{
    set(!m_dismiss);
}

void DraftStateCommand::set(bool dismissed)
{
    run([this, dismissed] {
        InboxStore inbox(m_database);
        if (dismissed)
            inbox.dismiss(m_draftId);
        else
            inbox.reopen(m_draftId);
    });
}
