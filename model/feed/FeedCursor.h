#pragma once

#include "model/feed/SegmentChains.h"

#include <QByteArray>
#include <QList>

// Reads a format 2 feed's lines and byte runs in order (SegmentedFeed::open); a feed
// that ends early is SegmentChains::incomplete().
class FeedCursor
{
public:
    explicit FeedCursor(const QByteArray &bytes) : m_bytes(bytes) {}
    QList<QByteArray> line()
    {
        const qsizetype end = m_bytes.indexOf('\n', m_at);
        if (end < 0)
            throw SegmentChains::incomplete();
        const QByteArray text = m_bytes.mid(m_at, end - m_at);
        m_at = end + 1;
        return text.split('\t');
    }
    // The bytes themselves, not a copy: valid while the feed's bytes are (a snapshot can
    // be most of a feed of hundreds of megabytes).
    QByteArray run(qsizetype length)
    {
        if (length < 0 || m_bytes.size() - m_at < length + 1 || m_bytes[m_at + length] != '\n')
            throw SegmentChains::incomplete();
        const QByteArray run = QByteArray::fromRawData(m_bytes.constData() + m_at, length);
        m_at += length + 1;
        return run;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    const QByteArray &m_bytes;
    qsizetype m_at = 0;
};
