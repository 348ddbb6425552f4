#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

class ServerConnection;

// One team's feed on a team server (docs/team-server.md, "Protocol"): its plain header
// and its sealed segments as rows, read together in one snapshot of the database, and
// the three ways a laptop writes — append a segment, replace the snapshot, re-lock the
// key — each through a server function that checks the laptop's view is still current.
class ServerFeed
{
public:
    struct Row
    {
        qint64 seq = 0; // the server's order of arrival
        QByteArray segmentId;
        bool snapshot = false;
        QByteArray bytes; // sealed: its first part, which holds the description
        qint64 size = 0;  // the whole sealed size
    };
    struct Pulled
    {
        bool started = false; // false: the team has no feed yet
        QByteArray header;
        QByteArray keyId;
        QVector<Row> rows; // the snapshot first, then changes in order of arrival
        qint64 lastSeq = 0;
        std::optional<QByteArray> snapshotId;
    };

    ServerFeed(ServerConnection &connection, const QString &team);

    // The header and every row, each row's bytes up to the end of its description (the
    // segment's first message): what a laptop checks the feed by. Throws CoalitionError
    // when the team does not exist or the member is not in it.
    Pulled pull();
    // A segment's whole sealed bytes: only those a laptop has not merged are fetched.
    // Throws CoalitionError when it is no longer there (folded into a new snapshot since
    // the pull).
    QByteArray segmentBytes(const QByteArray &segmentId);

    // The writes, in a transaction the caller began. nullopt (or false): the feed moved
    // on in a way that needs reading again first; the caller rolls back.
    std::optional<qint64> push(const QByteArray &keyId, const QString &device,
                               const QByteArray &segmentId, const QByteArray &bytes);
    std::optional<qint64> replaceSnapshot(const Pulled &expected, const QByteArray &header,
                                          const QByteArray &keyId, const QString &device,
                                          const QByteArray &segmentId, const QByteArray &bytes);
    bool setHeader(const QByteArray &keyId, const QByteArray &header);

    // The channel a team's pushes and new snapshots are announced on (NOTIFY, with no
    // payload; the server functions name it alike).
    static QString channelFor(const QString &team);

private:
    ServerConnection &m_connection;
    QString m_team;
};
