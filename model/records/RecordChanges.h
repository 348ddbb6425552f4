#pragma once

#include "model/domain/ActionItem.h"
#include "model/domain/Campaign.h"
#include "model/domain/CampaignPartner.h"
#include "model/domain/Contact.h"
#include "model/domain/EntityKind.h"
#include "model/domain/Organization.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <tuple>

class Database;

// What a bulk change (an import) did to the records, so the window can undo it as one
// step and redo it: the records it created, and those it changed as they were before.
// Undo keeps what it takes away (the created records and the changed ones' new values)
// so redo puts exactly that back, same ids included. Memory holds the changed records'
// old values, and while undone the created ones: not two copies of everything.
class RecordChanges
{
public:
    // The record as it was before the change's first write to it.
    template<class T> void changing(const T &before)
    {
        Slot<T> &slot = slotOf<T>();
        if (!slot.beforeIndex.contains(before.id) && !slot.created.contains(before.id)) {
            slot.beforeIndex.insert(before.id, int(slot.before.size()));
            slot.before.append(before);
        }
    }
    void created(EntityKind kind, const QString &id);
    // How many records the change created, and changed.
    int createdCount() const;
    int changedCount() const;

    // Deletes the created records (children first) and puts the changed ones back, in one
    // transaction; throws CoalitionError (nothing changed) when that fails.
    void undo(Database &database);
    // Makes the created records again (parents first) and the changes again.
    void redo(Database &database);

private:
    template<class T> struct Slot
    {
        QVector<T> before;
        QHash<QString, int> beforeIndex;
        QStringList created;
        QVector<T> after;        // the changed records' values, kept by undo
        QVector<T> createdState; // the created records, kept by undo
    };
    template<class T> Slot<T> &slotOf() { return std::get<Slot<T>>(m_slots); }
    template<class T> const Slot<T> &slotOf() const { return std::get<Slot<T>>(m_slots); }

    std::tuple<Slot<Organization>, Slot<Campaign>, Slot<Contact>, Slot<CampaignPartner>,
               Slot<ActionItem>>
        m_slots;
};
