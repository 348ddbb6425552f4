#pragma once

#include "model/domain/Stamp.h"
#include "model/feed/SyncSummary.h"

#include <QByteArray>
#include <QVector>

class Database;

// This laptop's memory of its syncs: per feed, the checksum and clock of the last one
// (to notice a feed that vanished, and which edits since are conflicts), and the log of
// what each sync brought (File > Sync log and conflicts).
class SyncJournal
{
public:
    explicit SyncJournal(Database &database);

    struct LastSync
    {
        bool known = false;
        Stamp stamp;
    };
    // This laptop's last sync with feed: whether there was one, and its clock then.
    LastSync lastSync(const QString &feed) const;
    // Remembers a finished sync (its checksum and clock) and logs its summary.
    void recordSync(const QString &feed, const QByteArray &checksum, const Stamp &stamp,
                    const SyncSummary &summary);

    struct LogEntry
    {
        QString at;
        QString feed;
        QString summary;
    };
    QVector<LogEntry> log(int limit = 100) const;

private:
    Database &m_database;
};
