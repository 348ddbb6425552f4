#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// What a sync brought: records the merge added, changed and deleted here, and the
// conflicts it found, per entity and per author, and notes to tell the person.
struct SyncSummary
{
    struct Counts
    {
        int added = 0;
        int changed = 0;
        int deleted = 0;
        int conflicts = 0;
    };
    // Per entity table, per author of the change (for a conflict: of the value that
    // lost, whose edit is no longer visible).
    QMap<QString, QMap<QString, Counts>> byEntity;
    QStringList authors; // whose changes arrived
    QStringList notes;   // things to tell the user: a copied database, a clock far ahead

    // Adds what another part of the same sync brought (a slice of a snapshot).
    void add(const SyncSummary &other);
    Counts total() const;
    // "3 added, 1 changed, 0 deleted, 1 conflict — changes by Bo. <notes>"
    QString describe() const;
    // One line per entity: "action items: 2 added by Bo, 1 changed by Ana".
    QStringList describeByEntity() const;
};
