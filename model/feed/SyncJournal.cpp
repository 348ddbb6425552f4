#include "model/feed/SyncJournal.h"

#include "model/domain/Clock.h"
#include "model/storage/Database.h"
#include "model/storage/Statement.h"

SyncJournal::SyncJournal(Database &database) : m_database(database) {}

SyncJournal::LastSync SyncJournal::lastSync(const QString &feed) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT last_wall, last_counter, last_device, format, "
                                   "snapshot_id, last_seq FROM sync_state WHERE feed = :feed"));
    query.bind(QStringLiteral(":feed"), feed).exec();
    if (!query.next())
        return {};
    LastSync last;
    last.known = true;
    last.stamp = {query.value(0).toLongLong(), query.value(1).toUInt(), query.text(2)};
    last.format = query.value(3).toInt();
    last.snapshotId = query.text(4).toLatin1();
    last.lastSeq = query.value(5).toLongLong();
    Statement heads(m_database.connection(),
                    QStringLiteral("SELECT device, number, segment_id FROM feed_heads WHERE feed "
                                   "= :feed"));
    heads.bind(QStringLiteral(":feed"), feed).exec();
    while (heads.next())
        last.heads.insert(heads.text(0), {heads.value(1).toLongLong(), heads.text(2).toLatin1()});
    return last;
}

void SyncJournal::recordSync(const QString &feed, const LastSync &position,
                             const SyncSummary &summary)
{
    const QString now = m_database.clock().nowIsoUtc();
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO sync_state (feed, synced_at, last_wall, last_counter, "
                             "last_device, format, snapshot_id, last_seq) VALUES (:feed, :at, "
                             ":wall, :counter, :device, :format, :snapshot, :seq) ON CONFLICT "
                             "(feed) DO UPDATE SET synced_at = excluded.synced_at, last_wall = "
                             "excluded.last_wall, last_counter = excluded.last_counter, "
                             "last_device = excluded.last_device, format = excluded.format, "
                             "snapshot_id = excluded.snapshot_id, last_seq = excluded.last_seq"))
        .bind(QStringLiteral(":feed"), feed)
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":wall"), position.stamp.wall)
        .bind(QStringLiteral(":counter"), position.stamp.counter)
        .bind(QStringLiteral(":device"), position.stamp.device)
        .bind(QStringLiteral(":format"), position.format)
        .bind(QStringLiteral(":snapshot"), QString::fromLatin1(position.snapshotId))
        .bind(QStringLiteral(":seq"), position.lastSeq)
        .exec();
    Statement(m_database.connection(), QStringLiteral("DELETE FROM feed_heads WHERE feed = :feed"))
        .bind(QStringLiteral(":feed"), feed)
        .exec();
    Statement insertHead(m_database.connection(),
                         QStringLiteral("INSERT INTO feed_heads (feed, device, number, segment_id) "
                                        "VALUES (:feed, :device, :number, :id)"));
    for (auto head = position.heads.cbegin(); head != position.heads.cend(); ++head)
        insertHead.bind(QStringLiteral(":feed"), feed)
            .bind(QStringLiteral(":device"), head.key())
            .bind(QStringLiteral(":number"), head->first)
            .bind(QStringLiteral(":id"), QString::fromLatin1(head->second))
            .exec();
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO sync_log (at, feed, ok, summary) VALUES (:at, :feed, 1, "
                             ":summary)"))
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":feed"), feed)
        .bind(QStringLiteral(":summary"), summary.describe())
        .exec();
}

QVector<SyncJournal::LogEntry> SyncJournal::log(int limit) const
{
    Statement query(
        m_database.connection(),
        QStringLiteral("SELECT at, feed, summary FROM sync_log ORDER BY id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limit).exec();
    QVector<LogEntry> entries;
    while (query.next())
        entries.append({query.text(0), query.text(1), query.text(2)});
    return entries;
}
