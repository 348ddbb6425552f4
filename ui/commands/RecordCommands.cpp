#include "ui/commands/RecordCommands.h"

#include "model/storage/Transaction.h"

#include "model/records/ActionItemRepository.h"

DeleteRecordCommand::DeleteRecordCommand(Database &database, RecordSnapshot snapshot,
                                         const QString &text, CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_snapshot(std::move(snapshot))
{}

void DeleteRecordCommand::redo()
{
    run([this] { m_snapshot.removeRoot(m_database); });
}

void DeleteRecordCommand::undo()
{
    run([this] { m_snapshot.restore(m_database); });
}

SetStatusCommand::SetStatusCommand(Database &database, const QString &id, const QString &before,
                                   const QString &after, const QString &text,
                                   CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_id(id), m_before(before), m_after(after)
{}

void SetStatusCommand::redo()
{
    run([this] { ActionItemRepository(m_database).setStatus(m_id, m_after); });
}

void SetStatusCommand::undo()
{
    run([this] { ActionItemRepository(m_database).setStatus(m_id, m_before); });
}

SettleOccurrenceCommand::SettleOccurrenceCommand(Database &database, const ActionItem &before,
                                                 const QString &outcome, const QString &text,
                                                 CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_before(before), m_outcome(outcome)
{}

void SettleOccurrenceCommand::redo()
{
    run([this] { ActionItemRepository(m_database).settleOccurrence(m_before.id, m_outcome); });
}

void SettleOccurrenceCommand::undo()
{
    run([this] {
        Transaction transaction(m_database);
        ActionItemRepository actions(m_database);
        actions.setOccurrenceOutcome(m_before.id, m_before.dueDate, QString());
        actions.update(m_before);
        transaction.commit();
    });
}

MergeRecordsCommand::MergeRecordsCommand(Database &database, EntityKind kind, const QString &keptId,
                                         const QString &otherId, const QStringList &takeFromOther,
                                         const QString &text, CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_kind(kind), m_keptId(keptId),
      m_otherId(otherId), m_takeFromOther(takeFromOther)
{}

void MergeRecordsCommand::redo()
{
    run([this] {
        if (!m_merge)
            m_merge.emplace(m_database, m_kind, m_keptId, m_otherId);
        m_merge->apply(m_takeFromOther);
    });
}

void MergeRecordsCommand::undo()
{
    run([this] { m_merge->revert(); });
}

BulkChangeCommand::BulkChangeCommand(Database &database, const QString &text, Change change,
                                     CommandErrorHandler onError)
    : RecordCommand(database, text, std::move(onError)), m_change(std::move(change))
{}

void BulkChangeCommand::redo()
{
    if (!m_change) {
        run([this] { m_changes.redo(m_database); });
        return;
    }
    const Change first = std::exchange(m_change, Change());
    run([this, &first] {
        if (!first(m_changes) || m_changes.createdCount() + m_changes.changedCount() == 0)
            setObsolete(true);
    });
}

void BulkChangeCommand::undo()
{
    run([this] { m_changes.undo(m_database); });
}
