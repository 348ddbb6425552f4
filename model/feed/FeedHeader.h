#pragma once

#include "model/domain/CoalitionError.h"
#include "model/feed/TeamKey.h"

#include <QByteArray>
#include <QString>
#include <optional>

class FeedCursor;

// The plain lines at the top of a format 2 feed (docs/feed-format.md, "Layout"): the
// format, the team, the key's id and its passphrase lock — all a feed shows to whoever
// lacks the passphrase — with the team key once unlocked. A team server keeps them as
// they are (text()), apart from the segments.
class FeedHeader
{
public:
    static constexpr int formatVersion = 2;
    static const QByteArray &magic(); // "COALITION-FEED", the first line's first cell

    // passphrase empty: no lock.
    FeedHeader(const QString &team, TeamKey key, const QString &passphrase);
    // Reads the four lines at cursor and unlocks the key with passphrase. Throws
    // CoalitionError (PassphraseNeeded when the passphrase is missing or wrong).
    static FeedHeader read(FeedCursor &cursor, const QString &passphrase);
    static CoalitionError damaged();

    const QString &team() const { return m_team; }
    const TeamKey &key() const { return m_key; }
    // The first three lines: the lock and every segment are bound to them.
    QByteArray boundData() const;
    // All four lines.
    QByteArray text() const;

    // A new lock (fresh salt) for the same key; an encrypted feed's only.
    void relock(const QString &passphrase);
    // A new random key (or the one without encryption, for an empty passphrase).
    void replaceKey(const QString &passphrase);

private:
    FeedHeader(const QString &team, TeamKey key, std::optional<TeamKey::Lock> lock)
        : m_team(team), m_key(std::move(key)), m_lock(std::move(lock))
    {}

    QString m_team;
    TeamKey m_key;
    std::optional<TeamKey::Lock> m_lock;
};
