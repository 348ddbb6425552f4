#include "model/feed/SyncJournal.h"

#include "model/domain/Clock.h"
#include "model/storage/Database.h"
#include "model/storage/Statement.h"

SyncJournal::SyncJournal(Database &database) : m_database(database) {}

SyncJournal::LastSync SyncJournal::lastSync(const QString &feed) const
{
    Statement query(m_database.connection(),
                    QStringLiteral("SELECT last_wall, last_counter, last_device FROM sync_state "
                                   "WHERE feed = :feed"));
    query.bind(QStringLiteral(":feed"), feed).exec();
    if (!query.next())
        return {};
    return {true, {query.value(0).toLongLong(), query.value(1).toUInt(), query.text(2)}};
}

void SyncJournal::recordSync(const QString &feed, const QByteArray &checksum, const Stamp &stamp,
                             const SyncSummary &summary)
{
    const QString now = m_database.clock().nowIsoUtc();
    Statement(m_database.connection(),
              QStringLiteral("INSERT INTO sync_state (feed, checksum, synced_at, last_wall, "
                             "last_counter, last_device) VALUES (:feed, :checksum, :at, :wall, "
                             ":counter, :device) ON CONFLICT (feed) DO UPDATE SET checksum = "
                             "excluded.checksum, synced_at = excluded.synced_at, last_wall = "
                             "excluded.last_wall, last_counter = excluded.last_counter, "
                             "last_device = excluded.last_device"))
        .bind(QStringLiteral(":feed"), feed)
        .bind(QStringLiteral(":checksum"), QString::fromLatin1(checksum))
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":wall"), stamp.wall)
        .bind(QStringLiteral(":counter"), stamp.counter)
        .bind(QStringLiteral(":device"), stamp.device)
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
