#include "model/sync/ServerFeedTransport.h"

#include "model/server/ServerSchema.h"

#include <QSet>

ServerFeedTransport::ServerFeedTransport(const ServerAddress &address, const QString &password,
                                         const QString &caFile, const ServerWaits &waits)
    : m_connection(address, password, caFile, waits), m_feed(m_connection, address.team())
{
    ServerSchema::check(m_connection);
}

FeedTransport::Fetched ServerFeedTransport::fetch()
{
    m_fetched = m_feed.pull();
    Fetched fetched;
    fetched.exists = m_fetched.started;
    fetched.stored = true;
    fetched.storedHeader = m_fetched.header;
    for (const ServerFeed::Row &row : qAsConst(m_fetched.rows)) {
        SegmentedFeed::StoredSegment segment;
        segment.id = row.segmentId;
        segment.kind =
            row.snapshot ? SegmentDescription::Kind::Snapshot : SegmentDescription::Kind::Changes;
        segment.sealed = row.bytes;
        segment.size = row.size;
        fetched.storedSegments.append(segment);
    }
    fetched.loadSegment = [this](const QByteArray &id) {
        return m_feed.segmentBytes(id);
    };
    return fetched;
}

bool ServerFeedTransport::store(const SegmentedFeed &feed)
{
    m_connection.begin();
    try {
        if (!write(feed)) {
            m_connection.rollback();
            return false;
        }
        m_connection.commit();
        return true;
    } catch (...) {
        m_connection.rollback();
        throw;
    }
}

bool ServerFeedTransport::write(const SegmentedFeed &feed)
{
    const QVector<SegmentedFeed::Segment> &segments = feed.segments();
    const SegmentedFeed::Segment &snapshot = segments.first();
    if (!m_fetched.started || snapshot.id != m_fetched.snapshotId) {
        if (!m_feed.replaceSnapshot(m_fetched, feed.header(), feed.keyId(),
                                    snapshot.description.device, snapshot.id, snapshot.sealed))
            return false;
    } else if (feed.header() != m_fetched.header) {
        if (!m_feed.setHeader(feed.keyId(), feed.header()))
            return false;
    }
    QSet<QByteArray> onServer;
    for (const ServerFeed::Row &row : qAsConst(m_fetched.rows))
        onServer.insert(row.segmentId);
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const SegmentedFeed::Segment &segment = segments.at(i);
        if (!onServer.contains(segment.id) &&
            !m_feed.push(feed.keyId(), segment.description.device, segment.id, segment.sealed))
            return false;
    }
    return true;
}
