#pragma once

#include "model/domain/ActionItem.h"
#include "model/domain/EntityKind.h"

#include <QObject>
#include <functional>

class Database;
struct InboxDraft;
class QUndoStack;
class QWidget;

// Every change the window makes goes through here: it opens the edit dialog, and
// turns what the user confirmed into an undo command on the stack. Questions go
// through a replaceable function, the seam tests use to answer them.
class RecordEditor : public QObject
{
    Q_OBJECT

public:
    // Asks text with one button per choice (and Cancel); the first choice is the default.
    // Returns the index of the choice taken, or -1 for Cancel.
    using Question =
        std::function<int(const QString &title, const QString &text, const QStringList &choices)>;

    RecordEditor(Database &database, QUndoStack &undoStack, QWidget *dialogParent);

    void setQuestion(Question question) { m_question = std::move(question); }
    Database &database() const { return m_database; }
    void setDefaultOwner(const QString &owner) { m_defaultOwner = owner; }

    // Each returns the id of the record created or edited, or empty when cancelled.
    QString newActionItem(const QString &campaignId = {}, const QString &title = {});
    // Creates an item without a dialog (the quick-add line); empty title does nothing.
    QString quickAddActionItem(const QString &title, const QString &campaignId);
    QString newCampaign();
    QString newOrganization();
    QString newContact(const QString &organizationId = {});
    QString addPartner(const QString &campaignId, const QString &organizationId = {});
    // Opens the edit dialog of any record kind (partners included).
    QString edit(EntityKind kind, const QString &id);

    // Asks first, saying what else goes with it; true when deleted.
    bool deleteRecord(EntityKind kind, const QString &id);
    // Merges another organization or contact into this one (MergeDialog); true when merged.
    bool mergeRecord(EntityKind kind, const QString &id);
    void setActionStatus(const QString &id, const QString &status);
    // Done when open, back to "to do" when done or cancelled.
    // A repeating item's current occurrence is marked done (or its outcome, "skipped"),
    // and the item moves to its next one; other items toggle done and open.
    void toggleDone(const QString &id);
    void settleOccurrence(const ActionItem &item, const QString &outcome);

    // The Inbox: makes a draft its action item — as proposed, or as the person edits it in
    // the item's dialog first — as one undo step; returns the item's id, or empty.
    QString acceptDraft(const InboxDraft &draft, bool edit);
    // Dismisses an open draft, or opens a dismissed one again.
    void setDraftDismissed(const InboxDraft &draft, bool dismissed);

signals:
    void failed(const QString &message);

private:
    // Opens Dialog on record and saves what it gives back; commandText's %1 is the
    // record's name.
    template<class Dialog, class Repository, class T>
    QString runDialog(const T &record, const QString &commandText, T (Dialog::*result)() const);
    template<class Dialog, class Repository, class T>
    QString editExisting(const QString &id, const QString &commandText,
                         T (Dialog::*result)() const);
    // Pushes the undoable save of edited (a new record when id is empty).
    template<class Repository, class T>
    QString save(const QString &id, const T &edited, const QString &commandText);
    template<class Command> QString pushSave(Command *command);
    void reportError(const QString &message);

    Database &m_database;
    QUndoStack &m_undoStack;
    QWidget *m_dialogParent;
    Question m_question;
    QString m_defaultOwner;
};
