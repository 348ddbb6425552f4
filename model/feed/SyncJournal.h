#pragma once

#include "model/domain/Stamp.h"
#include "model/feed/SyncSummary.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QVector>

class Database;

// This laptop's memory of its syncs: per feed, where the last one left off (to notice a
// feed that vanished or was put back to an older copy, to know which edits since are
// conflicts, which of the feed's segments are new and which local changes to send), and
// the log of what each sync brought (File > Sync log and conflicts).
class SyncJournal
{
public:
    explicit SyncJournal(Database &database);

    // A segment of a laptop's chain in a format 2 feed: its number and id.
    using ChainHead = QPair<qint64, QByteArray>;

    struct LastSync
    {
        bool known = false;
        Stamp stamp;                     // this laptop's clock at the end of that sync
        int format = 0;                  // the feed's format then (1 or 2)
        QByteArray snapshotId;           // format 2: the snapshot merged
        qint64 lastSeq = -1;             // field_stamps.seq when it ended: later ones are news
        QHash<QString, ChainHead> heads; // format 2: per laptop, the last segment merged
    };
    // This laptop's last sync with feed (known false if there was none).
    LastSync lastSync(const QString &feed) const;
    // Remembers a finished sync and logs its summary.
    void recordSync(const QString &feed, const LastSync &position, const SyncSummary &summary);

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
