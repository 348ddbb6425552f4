#pragma once

#include "model/domain/EntityKind.h"
#include "model/records/RecordSnapshot.h"

#include <QStringList>
#include <QVector>
#include <optional>

class Database;

// Two organizations (or two contacts) that stand for one made one: the kept record takes
// the values a person chose from the other, both records' tags, and everything that
// referred to the other (an organization's people, action items and partnerships: a
// campaign both were partners of keeps the kept one's partnership, whose empty role
// details the other's fill); then the other is deleted. All in one transaction, so a sync
// carries the merge whole. The other's tombstone names the kept record in the feed
// (StampStore::mergedIntoField), so a reference that another laptop made to the other while offline
// follows it to the kept one when it arrives (MergeInvariants), and an edit made there to
// the other becomes a conflict of the kept one instead of bringing the other back.
class RecordMerge
{
public:
    // A field whose values differ, in the stored form (ISO dates, ids of references).
    struct Difference
    {
        QString column;
        std::optional<QString> kept;
        std::optional<QString> other;
    };

    // Throws CoalitionError when kind cannot be merged, the two ids are one record or
    // either record is missing.
    RecordMerge(Database &database, EntityKind kind, const QString &keptId, const QString &otherId);

    EntityKind kind() const { return m_kind; }
    QString keptId() const { return m_keptId; }
    QString otherId() const { return m_otherId; }

    // The fields a person chooses between, in the catalogue's order (tags are united,
    // not chosen).
    QVector<Difference> differences() const;
    // How many records refer to the other and move to the kept one: people, action items
    // and partnerships of an organization; none for a contact.
    int movedReferences() const;

    // Merges: the kept record takes the other's value of each column in takeFromOther.
    void apply(const QStringList &takeFromOther);
    // Puts both records and everything that moved back as they were before apply().
    void revert();

private:
    // The two records and what refers to them, for revert(); throws if either is gone.
    void captureBoth();
    QVector<QPair<QString, std::optional<QString>>> storedValues(const QString &id) const;
    void moveOrganizationReferences();
    void markMerged(const std::optional<QString> &into);

    Database &m_database;
    EntityKind m_kind;
    QString m_keptId;
    QString m_otherId;
    RecordSnapshot m_keptBefore;
    RecordSnapshot m_otherBefore;
};
