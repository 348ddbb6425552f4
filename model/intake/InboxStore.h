#pragma once

#include "model/domain/ActionItem.h"
#include "model/intake/AlertDraft.h"

#include <QDate>
#include <optional>

class Database;

// An alert as it reached the inbox: pasted, read from a file or fetched from a feed.
struct IntakeSource
{
    QString id; // made from its text when empty: the same alert pasted twice is one source
    QString kind = QStringLiteral("paste"); // paste, file, feed
    QString address;                        // the file or the feed entry's link
    QDate receivedOn;                       // "tomorrow" in it is from this day
    QString language;                       // the rules it was read by (en, es)
    QString text;
};

// A draft in the inbox, and what became of it.
struct InboxDraft
{
    QString id;
    QString sourceId;
    AlertDraft draft;
    QString state = QStringLiteral("open"); // open, accepted, dismissed
    QString actionItemId;                   // the item an accepted draft became
};

// The team's inbox of draft action items (schema step 10). Every change is stamped, so
// the drafts travel in the feed: an alert drafted on one laptop shows on every laptop, and
// a draft accepted on two laptops offline becomes one action item, whose id is made from
// the draft's.
class InboxStore
{
public:
    explicit InboxStore(Database &database);

    // Adds the source and its drafts in one transaction. A draft already there — the same
    // alert added again, here or elsewhere — stays as it is (a dismissed one dismissed).
    // Returns the source's drafts as stored, in the alert's order.
    QVector<InboxDraft> add(IntakeSource source, const QVector<AlertDraft> &drafts);
    // Drafts in a state, the newest alert's first, each alert's in its order.
    QVector<InboxDraft> list(const QString &state = QStringLiteral("open")) const;
    std::optional<InboxDraft> draft(const QString &id) const;
    // How many drafts wait for a person.
    int openCount() const;
    // No draft at all, in any state: no alert was ever read (here or on a synced laptop).
    bool isEmpty() const;
    std::optional<IntakeSource> source(const QString &id) const;

    // Makes the draft the action item `item` (the draft as the person edited it), adding
    // the organization it names first if the database does not know it, and marks the
    // draft accepted; returns the item as stored. Accepting an accepted draft returns its
    // item. Throws ValidationError for an item that cannot be saved, leaving all as it was.
    ActionItem accept(const QString &draftId, ActionItem item);
    void dismiss(const QString &draftId);
    // Back to open (undo of accept, once its item is deleted, or of dismiss).
    void reopen(const QString &draftId);

    // The action item a draft becomes, as first proposed (the person edits this).
    static ActionItem proposedItem(const InboxDraft &draft);
    // An id made from what a record names, the same on every laptop (UUID version 5).
    static QString stableId(const QString &name);
    // Whether a feed's entry (by its key) was read into the inbox already, here or on a
    // laptop synced since: a feed's entries are drafted once.
    bool hasFeedEntry(const QString &entryKey) const;

private:
    void setState(const QString &draftId, const QString &state, const QString &actionItemId);
    void stamp(const QString &table, const QString &id,
               const QVector<QPair<QString, QVariant>> &fields);

    Database &m_database;
};
