#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Where the team's feed lives: a file on a shared drive or in a synced folder, or a URL
// on a team server. FeedSync runs the same cycle over either — fetch, merge, store if
// nobody wrote in between, else fetch again — so the transports only move bytes and
// guard against lost updates. Errors are thrown as CoalitionError with a message for
// people.
class FeedTransport
{
public:
    struct Copy
    {
        QString name;
        QByteArray bytes;
    };
    struct Fetched
    {
        bool exists = false;
        QByteArray bytes;
        // Other versions of the feed to merge in (a sync tool's conflicted copies).
        QVector<Copy> copies;
    };

    virtual ~FeedTransport() = default;

    // The feed's name in the sync log and in this laptop's record of past syncs.
    virtual QString location() const = 0;
    // The feed as it is now. Remembers what it saw, for store().
    virtual Fetched fetch() = 0;
    // Writes bytes as the new feed unless another laptop wrote it since the last
    // fetch(); false then (nothing written), and the cycle starts over.
    virtual bool store(const QByteArray &bytes) = 0;
    // After the new feed is written and the database committed: the copies that were
    // merged in may go.
    virtual void finish(const QStringList &mergedCopies) { Q_UNUSED(mergedCopies) }
    // Things the user should know about the feed's home (a server that cannot guard
    // against lost updates, say).
    virtual QStringList notes() const { return {}; }
};
