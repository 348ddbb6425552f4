#pragma once

#include "model/server/ServerConnection.h"
#include "model/server/ServerFeed.h"
#include "model/sync/FeedTransport.h"

// A team's feed on a PostgreSQL team server (docs/team-server.md): fetched as the
// header and the rows of sealed segments, stored as what the written feed adds — a
// laptop's new segment in one INSERT, which never waits for another laptop's and never
// has to be retried; a new snapshot (the feed started, compacted or re-keyed) in place of
// the segments it covers, only if nobody replaced the snapshot meanwhile. The server
// holds no key: it sees ciphertext, who pushed and when.
class ServerFeedTransport : public FeedTransport
{
public:
    // Connects; throws CoalitionError.
    ServerFeedTransport(const ServerAddress &address, const QString &password,
                        const QString &caFile = {}, const ServerWaits &waits = {});

    QString location() const override { return m_connection.address().text(); }
    Fetched fetch() override;
    bool store(const SegmentedFeed &feed) override;

private:
    bool write(const SegmentedFeed &feed);

    ServerConnection m_connection;
    ServerFeed m_feed;
    ServerFeed::Pulled m_fetched;
};
