#include "model/feed/FeedHeader.h"

#include "model/feed/FeedCursor.h"
#include "model/feed/FeedLines.h"
#include "model/feed/PassphraseNeeded.h"

#include <QCoreApplication>

const QByteArray &FeedHeader::magic()
{
    static const QByteArray text = QByteArrayLiteral("COALITION-FEED");
    return text;
}

FeedHeader::FeedHeader(const QString &team, TeamKey key, const QString &passphrase)
    : m_team(team), m_key(std::move(key))
{
    if (!passphrase.isEmpty())
        m_lock = m_key.lock(passphrase, boundData());
}

CoalitionError FeedHeader::damaged()
{
    return CoalitionError(QCoreApplication::translate(
        "FeedCodec", "The feed's header is damaged; nothing was changed."));
}

FeedHeader FeedHeader::read(FeedCursor &cursor, const QString &passphrase)
{
    const QList<QByteArray> first = cursor.line();
    if (first.value(0) != magic())
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "This is not a Coalition feed; nothing was changed."));
    if (first.value(1).toInt() > formatVersion)
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedCodec",
                                 "The feed was written by a newer Coalition (format %1); update "
                                 "Coalition to sync.")
                                 .arg(first.value(1).toInt()));
    const QList<QByteArray> team = cursor.line();
    const QList<QByteArray> keyId = cursor.line();
    const QList<QByteArray> lock = cursor.line();
    if (first.size() != 2 || first[1].toInt() != formatVersion || team.size() != 2 ||
        team[0] != "team" || keyId.size() != 2 || keyId[0] != "key" || lock.value(0) != "lock")
        throw damaged();

    const QString teamId = QString::fromUtf8(team[1]);
    if (lock.size() == 2 && lock[1] == "none" && keyId[1] == "none")
        return FeedHeader(teamId, TeamKey::unencrypted(teamId), std::nullopt);
    if (lock.size() != 6 || lock[1] != "argon2id")
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed is locked in a way this Coalition does not know; nothing was "
                         "changed."));
    if (passphrase.isEmpty())
        throw PassphraseNeeded(PassphraseNeeded::Reason::Missing,
                               QCoreApplication::translate(
                                   "FeedCodec", "This feed is encrypted with a team passphrase; "
                                                "give it to sync. Nothing was changed."));
    TeamKey::Lock stored;
    stored.salt = QByteArray::fromHex(lock[4]);
    stored.wrapped = QByteArray::fromHex(lock[5]);
    if (!FeedLines::parseNumber(lock[2], stored.opsLimit) ||
        !FeedLines::parseNumber(lock[3], stored.memLimit))
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed's passphrase lock is damaged; nothing was changed."));
    const QByteArray bound =
        magic() + '\t' + first[1] + "\nteam\t" + team[1] + "\nkey\t" + keyId[1] + '\n';
    return FeedHeader(teamId, TeamKey::unlock(stored, passphrase, keyId[1], bound), stored);
}

QByteArray FeedHeader::boundData() const
{
    return magic() + '\t' + QByteArray::number(formatVersion) + "\nteam\t" + m_team.toUtf8() +
           "\nkey\t" + m_key.id() + '\n';
}

QByteArray FeedHeader::text() const
{
    QByteArray out = boundData();
    if (m_lock)
        out += "lock\targon2id\t" + QByteArray::number(m_lock->opsLimit) + '\t' +
               QByteArray::number(m_lock->memLimit) + '\t' + m_lock->salt.toHex() + '\t' +
               m_lock->wrapped.toHex() + '\n';
    else
        out += "lock\tnone\n";
    return out;
}

void FeedHeader::relock(const QString &passphrase)
{
    if (!m_key.isEncrypted() || passphrase.isEmpty())
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "Only an encrypted feed's passphrase can be changed."));
    m_lock = m_key.lock(passphrase, boundData());
}

void FeedHeader::replaceKey(const QString &passphrase)
{
    *this = FeedHeader(m_team,
                       passphrase.isEmpty() ? TeamKey::unencrypted(m_team) : TeamKey::generate(),
                       passphrase);
}
