#pragma once

#include "model/domain/CoalitionError.h"
#include "model/records/RecordChanges.h"
#include "model/records/RecordMerge.h"
#include "model/records/RecordSnapshot.h"

#include <QUndoCommand>
#include <QUuid>
#include <functional>
#include <optional>

class Database;

// Undo commands for every change the window makes (Subsurface keeps them apart from
// widgets too). Each does its write in redo(), so QUndoStack::push() performs it. A
// write that fails (the record was deleted on another laptop) is reported through
// the error handler and the command drops out of the stack.
using CommandErrorHandler = std::function<void(const QString &message)>;

class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(Database &database, const QString &text, CommandErrorHandler onError)
        : QUndoCommand(text), m_database(database), m_onError(std::move(onError))
    {}

protected:
    template<class Write> void run(Write write)
    {
        try {
            write();
        } catch (const CoalitionError &error) {
            setObsolete(true);
            if (m_onError)
                m_onError(error.message());
        }
    }

    Database &m_database;

private:
    CommandErrorHandler m_onError;
};

// Creates a record (no "before") or changes one to "after".
template<class Repository, class T> class SaveRecordCommand : public RecordCommand
{
public:
    SaveRecordCommand(Database &database, std::optional<T> before, T after, const QString &text,
                      CommandErrorHandler onError)
        : RecordCommand(database, text, std::move(onError)), m_before(std::move(before)),
          m_after(std::move(after))
    {
        // Known before the first redo(): push() deletes a command whose write failed.
        if (m_after.id.isEmpty())
            m_after.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void redo() override
    {
        run([this] {
            Repository repository(m_database);
            m_after = m_before ? repository.update(m_after) : repository.create(m_after);
        });
    }
    void undo() override
    {
        run([this] {
            Repository repository(m_database);
            if (m_before)
                repository.update(*m_before);
            else
                repository.remove(m_after.id);
        });
    }

    QString recordId() const { return m_after.id; }

private:
    std::optional<T> m_before;
    T m_after;
};

// Deletes a record and whatever its deletion takes with it; undo restores them all.
class DeleteRecordCommand : public RecordCommand
{
public:
    DeleteRecordCommand(Database &database, RecordSnapshot snapshot, const QString &text,
                        CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    RecordSnapshot m_snapshot;
};

// The one-key status change (mark done, reopen).
class SetStatusCommand : public RecordCommand
{
public:
    SetStatusCommand(Database &database, const QString &id, const QString &before,
                     const QString &after, const QString &text, CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    QString m_id;
    QString m_before;
    QString m_after;
};

// A repeating item's current occurrence done or skipped, the item moved to its next
// (ActionItemRepository::settleOccurrence); undo takes the outcome back and puts the item
// as it was.
class SettleOccurrenceCommand : public RecordCommand
{
public:
    SettleOccurrenceCommand(Database &database, const ActionItem &before, const QString &outcome,
                            const QString &text, CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    ActionItem m_before;
    QString m_outcome;
};

// Two organizations or contacts made one (RecordMerge); undo separates them again.
class MergeRecordsCommand : public RecordCommand
{
public:
    MergeRecordsCommand(Database &database, EntityKind kind, const QString &keptId,
                        const QString &otherId, const QStringList &takeFromOther,
                        const QString &text, CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    EntityKind m_kind;
    QString m_keptId;
    QString m_otherId;
    QStringList m_takeFromOther;
    std::optional<RecordMerge> m_merge; // made at the first redo(), which checks both exist
};

// A change of many records at once (an import) as one undo step. The first redo() runs
// change, which writes and notes what it did in the RecordChanges it is given, and says
// whether it wrote anything; a change that wrote nothing drops out of the stack. Undo and
// later redos replay the notes.
class BulkChangeCommand : public RecordCommand
{
public:
    using Change = std::function<bool(RecordChanges &changes)>;

    BulkChangeCommand(Database &database, const QString &text, Change change,
                      CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    Change m_change; // emptied once run
    RecordChanges m_changes;
};
