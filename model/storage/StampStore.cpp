#include "model/storage/StampStore.h"

#include "model/domain/Clock.h"
#include "model/storage/Statement.h"

#include <QDateTime>
#include <QUuid>

namespace {

HybridLogicalClock load(const QSqlDatabase &db)
{
    Statement query(db, QStringLiteral("SELECT device_id, hlc_wall, hlc_counter FROM sync_device "
                                       "WHERE id = 1"));
    query.exec();
    if (!query.next())
        return HybridLogicalClock(QString());
    Stamp last;
    last.wall = query.value(1).toLongLong();
    last.counter = query.value(2).toUInt();
    return HybridLogicalClock(query.text(0), last);
}

// Whether field_stamps has schema step 6's seq. Coalition opens a database only once it
// is migrated; the migration tests seed a database of an older schema through the
// repositories, and its stamps then go without.
bool hasSeq(const QSqlDatabase &db)
{
    Statement query(db, QStringLiteral("SELECT 1 FROM pragma_table_info('field_stamps') WHERE "
                                       "name = 'seq'"));
    query.exec();
    return query.next();
}

} // namespace

StampStore::StampStore(const QSqlDatabase &db, const Clock &clock)
    : m_db(db), m_wallClock(clock), m_clock(load(db)), m_hasSeq(hasSeq(db))
{}

Stamp StampStore::next()
{
    const Stamp stamp = m_clock.tick(m_wallClock.now().toMSecsSinceEpoch());
    persist();
    return stamp;
}

void StampStore::receive(const Stamp &remote)
{
    m_clock.receive(remote, m_wallClock.now().toMSecsSinceEpoch());
    persist();
}

void StampStore::rekey()
{
    const QString device = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Statement(m_db, QStringLiteral("UPDATE sync_device SET device_id = :device WHERE id = 1"))
        .bind(QStringLiteral(":device"), device)
        .exec();
    m_clock = HybridLogicalClock(device, m_clock.last());
}

void StampStore::reloadDevice()
{
    const HybridLogicalClock stored = load(m_db);
    m_clock = HybridLogicalClock(stored.device(), qMax(m_clock.last(), stored.last()));
}

QString StampStore::teamId() const
{
    return Statement(m_db, QStringLiteral("SELECT team_id FROM sync_device WHERE id = 1"))
        .scalar()
        .toString();
}

void StampStore::joinTeam(const QString &team)
{
    Statement(m_db, QStringLiteral("UPDATE sync_device SET team_id = :team WHERE id = 1"))
        .bind(QStringLiteral(":team"), team)
        .exec();
}

Statement &StampStore::prepared(std::unique_ptr<Statement> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<Statement>(m_db, sql);
    return *slot;
}

void StampStore::persist()
{
    prepared(m_persist, QStringLiteral("UPDATE sync_device SET hlc_wall = :wall, hlc_counter = "
                                       ":counter WHERE id = 1"))
        .bind(QStringLiteral(":wall"), m_clock.last().wall)
        .bind(QStringLiteral(":counter"), m_clock.last().counter)
        .exec();
}

void StampStore::record(EntityKind kind, const QString &id,
                        const QVector<QPair<QString, QVariant>> &fields, const Stamp &stamp,
                        const QString &author)
{
    record(tableName(kind), id, fields, stamp, author);
}

void StampStore::record(const QString &table, const QString &id,
                        const QVector<QPair<QString, QVariant>> &fields, const Stamp &stamp,
                        const QString &author)
{
    if (fields.isEmpty())
        return;
    // One statement for the record's fields (a row each): an import or a sync writes
    // hundreds of thousands, and each statement run costs more than its rows. The seq
    // subquery does not depend on the row, so SQLite reads max(seq) once a run: row k
    // gets one more than it plus k.
    const int count = int(fields.size());
    std::unique_ptr<SqliteRows> &slot = m_upserts[count];
    if (!slot) {
        QStringList rows;
        for (int row = 0; row < count; ++row)
            rows << (m_hasSeq ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, %1 + %2)")
                                    .arg(QLatin1String(seqBaseSql))
                                    .arg(row + 1)
                              : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)"));
        slot = std::make_unique<SqliteRows>(
            m_db, QStringLiteral("INSERT INTO field_stamps (entity, record_id, field, wall, "
                                 "counter, device, author, value%1) VALUES %2 ON CONFLICT "
                                 "(entity, record_id, field) DO UPDATE SET wall = "
                                 "excluded.wall, counter = excluded.counter, device = "
                                 "excluded.device, author = excluded.author, value = "
                                 "excluded.value%3")
                      .arg(m_hasSeq ? QStringLiteral(", seq") : QString(),
                           rows.join(QStringLiteral(", ")),
                           m_hasSeq ? QStringLiteral(", seq = excluded.seq") : QString()));
    }
    SqliteRows &upsert = *slot;
    int position = 1;
    for (const auto &[field, value] : fields) {
        for (const QVariant &cell :
             {QVariant(table), QVariant(id), QVariant(field), QVariant(stamp.wall),
              QVariant(stamp.counter), QVariant(stamp.device), QVariant(author), value})
            upsert.bind(position++, cell);
    }
    upsert.run();
}

Stamp StampStore::stampOf(EntityKind kind, const QString &id, const QString &field) const
{
    Statement query(m_db,
                    QStringLiteral("SELECT wall, counter, device FROM field_stamps WHERE "
                                   "entity = :entity AND record_id = :id AND field = :field"));
    query.bind(QStringLiteral(":entity"), tableName(kind))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":field"), field)
        .exec();
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toUInt(), query.text(2)};
}

QVector<StampStore::FieldEntry> StampStore::fieldsStartingWith(EntityKind kind, const QString &id,
                                                               const QString &prefix) const
{
    Statement query(m_db, QStringLiteral("SELECT field, coalesce(value, ''), author, wall FROM "
                                         "field_stamps WHERE entity = :entity AND record_id = :id "
                                         "AND substr(field, 1, length(:prefix)) = :prefix ORDER "
                                         "BY field"));
    query.bind(QStringLiteral(":entity"), tableName(kind))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":prefix"), prefix)
        .exec();
    QVector<FieldEntry> entries;
    while (query.next())
        entries.append({query.text(0), query.text(1), query.text(2), query.value(3).toLongLong()});
    return entries;
}

StampStore::RecordTimes StampStore::timesOf(EntityKind kind, const QString &id) const
{
    // Prepared once: every record written asks (an import, thousands of times).
    if (!m_times)
        m_times = std::make_unique<Statement>(
            m_db, QStringLiteral("SELECT min(wall), max(wall) FROM field_stamps WHERE entity = "
                                 ":entity AND record_id = :id"));
    Statement &query = *m_times;
    query.bind(QStringLiteral(":entity"), tableName(kind)).bind(QStringLiteral(":id"), id).exec();
    RecordTimes times;
    if (query.next() && !query.value(0).isNull())
        times = {isoTime(query.value(0).toLongLong()), isoTime(query.value(1).toLongLong())};
    query.query().finish();
    return times;
}

QString StampStore::isoTime(qint64 wallMs)
{
    return QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC).toString(Qt::ISODateWithMs);
}
