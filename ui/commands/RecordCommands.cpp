#include "ui/commands/RecordCommands.h"

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
