#pragma once

#include "ui/commands/RecordCommands.h"

// The Inbox's two decisions as undo steps. Accepting makes the draft its action item (and
// the organization the alert named, when the database did not know it); undo deletes
// what it made and opens the draft again. Ids are made from the draft's, so a redo makes
// the very same records.
class AcceptDraftCommand : public RecordCommand
{
public:
    AcceptDraftCommand(Database &database, const QString &draftId, ActionItem item,
                       const QString &text, CommandErrorHandler onError);

    void redo() override;
    void undo() override;

    QString actionItemId() const { return m_madeItemId; }

private:
    QString m_draftId;
    ActionItem m_item;
    QString m_madeItemId;
    QString m_madeOrganizationId; // added by the first redo, or ""
};

// A draft dismissed (or a dismissed one opened again): its state from one to the other.
class DraftStateCommand : public RecordCommand
{
public:
    DraftStateCommand(Database &database, const QString &draftId, bool dismiss, const QString &text,
                      CommandErrorHandler onError);

    void redo() override;
    void undo() override;

private:
    void set(bool dismissed);

    QString m_draftId;
    bool m_dismiss;
};
