#pragma once

#include "model/feed/FeedMerge.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <map>
#include <memory>

class Database;
class Statement;

// The database side of sync: this laptop's state as a FeedState (from the field
// stamps), and a merged state written back — field stamps updated, records created,
// changed or removed in their tables — inside the caller's transaction.
class SyncStore
{
public:
    struct Summary
    {
        // Records the merge added, changed and deleted here, and the conflicts it found.
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

        Counts total() const;
        // "3 added, 1 changed, 0 deleted, 1 conflict — changes by Bo. <notes>"
        QString describe() const;
        // One line per entity: "action items: 2 added by Bo, 1 changed by Ana".
        QStringList describeByEntity() const;
    };

    explicit SyncStore(Database &database);
    ~SyncStore();

    FeedState localState() const;

    // This laptop's last sync with feed: whether there was one, and its clock then.
    struct LastSync
    {
        bool known = false;
        Stamp stamp;
    };
    LastSync lastSync(const QString &feed) const;
    // Remembers a finished sync (its checksum and clock) and logs its summary.
    void recordSync(const QString &feed, const QByteArray &checksum, const Stamp &stamp,
                    const Summary &summary);
    // How many visible records the merged state would delete, and how many there are.
    QPair<int, int> deletions(const FeedState &local, const FeedState &merged) const;
    Summary apply(const FeedState &local, const FeedMerge::Result &merged);

    struct LogEntry
    {
        QString at;
        QString feed;
        QString summary;
    };
    QVector<LogEntry> log(int limit = 100) const;

    struct ConflictEntry
    {
        QString id;
        QString entity;
        QString recordId;
        QString field;
        QString recordName; // the record's title or name, for people to recognise it
        std::optional<QString> keptValue;
        QString keptAuthor;
        std::optional<QString> lostValue;
        QString lostAuthor;
        QString detectedAt;
        bool resolved = false;
    };
    QVector<ConflictEntry> conflicts() const;
    // "Keep the other value": writes the losing value back as a new local edit (which the
    // next sync carries to everyone) and marks the conflict resolved everywhere.
    void keepOtherValue(const QString &conflictId);
    // Leaves the winning value and marks the conflict resolved.
    void dismiss(const QString &conflictId);

private:
    void writeStamps(const RecordKey &key, const FeedRecord &record, const FeedRecord &before);
    void materialize(const RecordKey &key, const FeedRecord &record);
    // Prepared once per SyncStore: a merge writes thousands of records the same way.
    Statement &prepared(const QString &sql);
    bool exists(const QString &table, const QString &id);

    Database &m_database;
    std::map<QString, std::unique_ptr<Statement>> m_prepared;
};
