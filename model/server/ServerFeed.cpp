#include "model/server/ServerFeed.h"

#include "model/domain/CoalitionError.h"
#include "model/server/ServerConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

std::optional<qint64> sequenceOf(QSqlQuery &query)
{
    if (!query.next() || query.isNull(0))
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

ServerFeed::ServerFeed(ServerConnection &connection, const QString &team)
    : m_connection(connection), m_team(team)
{}

QString ServerFeed::channelFor(const QString &team)
{
    return QStringLiteral("coalition_") +
           QString::fromLatin1(
               QCryptographicHash::hash(team.toUtf8(), QCryptographicHash::Md5).toHex());
}

ServerFeed::Pulled ServerFeed::pull()
{
    Pulled pulled;
    // The header and the rows as of one moment, even while others push.
    m_connection.begin();
    try {
        m_connection.run(
            QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        QSqlQuery team = m_connection.run(
            QStringLiteral("SELECT header, key_id FROM coalition.teams WHERE name = ?"), {m_team});
        if (!team.next())
            throw CoalitionError(
                QCoreApplication::translate("ServerFeed",
                                            "The team server %1 has no team \"%2\" that %3 is a "
                                            "member of (the owner adds members with: coalition "
                                            "server add-member). Nothing was changed.")
                    .arg(m_connection.address().host(), m_team, m_connection.address().member()));
        pulled.started = !team.isNull(0);
        pulled.header = team.value(0).toByteArray();
        pulled.keyId = team.value(1).toByteArray();
        QSqlQuery rows = m_connection.run(
            // Sealed bytes begin with a 24-byte stream header and the description's
            // 4-byte little-endian length, then the description (docs/feed-format.md).
            QStringLiteral(
                "SELECT seq, segment_id, kind = 'snapshot', length(bytes), "
                "substring(bytes FROM 1 FOR CASE WHEN length(bytes) < 28 THEN length(bytes) "
                "ELSE least(length(bytes)::bigint, 28 + get_byte(bytes, 24) + "
                "(get_byte(bytes, 25) << 8) + (get_byte(bytes, 26) << 16) + "
                "(get_byte(bytes, 27)::bigint << 24))::integer END) "
                "FROM coalition.segments WHERE team = ? ORDER BY kind = 'snapshot' DESC, seq"),
            {m_team});
        while (rows.next()) {
            Row row;
            row.seq = rows.value(0).toLongLong();
            row.segmentId = rows.value(1).toByteArray();
            row.snapshot = rows.value(2).toBool();
            row.size = rows.value(3).toLongLong();
            row.bytes = rows.value(4).toByteArray();
            pulled.lastSeq = qMax(pulled.lastSeq, row.seq);
            if (row.snapshot)
                pulled.snapshotId = row.segmentId;
            pulled.rows.append(std::move(row));
        }
        m_connection.commit();
    } catch (...) {
        m_connection.rollback();
        throw;
    }
    return pulled;
}

QByteArray ServerFeed::segmentBytes(const QByteArray &segmentId)
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT bytes FROM coalition.segments WHERE team = ? AND segment_id = ?"),
        {m_team, QString::fromLatin1(segmentId)});
    if (!query.next())
        throw CoalitionError(QCoreApplication::translate(
                                 "ServerFeed",
                                 "The team's feed on %1 was folded into a new snapshot by another "
                                 "laptop while this sync read it. Nothing was changed; sync "
                                 "again.")
                                 .arg(m_connection.address().host()));
    return query.value(0).toByteArray();
}

std::optional<qint64> ServerFeed::push(const QByteArray &keyId, const QString &device,
                                       const QByteArray &segmentId, const QByteArray &bytes)
{
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT coalition.push(?, ?, ?, ?, ?)"),
        {m_team, QString::fromLatin1(keyId), device, QString::fromLatin1(segmentId), bytes});
    return sequenceOf(query);
}

std::optional<qint64> ServerFeed::replaceSnapshot(const Pulled &expected, const QByteArray &header,
                                                  const QByteArray &keyId, const QString &device,
                                                  const QByteArray &segmentId,
                                                  const QByteArray &bytes)
{
    const QVariant expectedSnapshot = expected.snapshotId
                                          ? QVariant(QString::fromLatin1(*expected.snapshotId))
                                          : QVariant(QMetaType::fromType<QString>());
    QSqlQuery query = m_connection.run(
        QStringLiteral("SELECT coalition.replace_snapshot(?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_team, expectedSnapshot, expected.lastSeq, header, QString::fromLatin1(keyId), device,
         QString::fromLatin1(segmentId), bytes});
    return sequenceOf(query);
}

bool ServerFeed::setHeader(const QByteArray &keyId, const QByteArray &header)
{
    QSqlQuery query = m_connection.run(QStringLiteral("SELECT coalition.set_header(?, ?, ?)"),
                                       {m_team, QString::fromLatin1(keyId), header});
    return query.next() && query.value(0).toBool();
}
