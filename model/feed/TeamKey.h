#pragma once

#include <QByteArray>
#include <QString>
#include <array>

// The random key a team's format 2 feed is encrypted with (libsodium), and its lock: the
// key wrapped (XChaCha20-Poly1305) under a key derived from the team passphrase with
// Argon2id. Changing the passphrase re-wraps the same key; only rotating the key makes
// the content unreadable to the old passphrase. A feed without encryption uses a key
// anyone can compute from the team id: it still detects damage, not tampering.
class TeamKey
{
public:
    // The passphrase lock as the feed's header stores it.
    struct Lock
    {
        QByteArray salt; // crypto_pwhash_SALTBYTES
        quint64 opsLimit = 0;
        quint64 memLimit = 0; // bytes
        QByteArray wrapped;   // nonce, then the key encrypted and authenticated
    };

    // Argon2id limits for new locks (docs/feed-format.md: why these, and the unlock time
    // measured). A reader accepts up to the maximum, so a later Coalition may raise them.
    static constexpr quint64 opsLimit = 3;
    static constexpr quint64 memLimit = 64ull << 20;
    static constexpr quint64 maxOpsLimit = 32;
    static constexpr quint64 maxMemLimit = 1ull << 30;

    static TeamKey generate();
    static TeamKey unencrypted(const QString &team);
    // Throws CoalitionError when the passphrase is wrong or the lock was altered. bound:
    // the header lines the lock is bound to (the format, team and key id).
    static TeamKey unlock(const Lock &lock, const QString &passphrase, const QByteArray &id,
                          const QByteArray &bound);

    TeamKey(const TeamKey &other) = default;
    TeamKey &operator=(const TeamKey &other) = default;
    ~TeamKey();

    Lock lock(const QString &passphrase, const QByteArray &bound) const;
    bool isEncrypted() const { return m_encrypted; }
    // A random identifier of this key (not derived from it): "none" without encryption.
    QByteArray id() const { return m_id; }

    // Keys for separate purposes derived from this one (crypto_kdf), so the key that
    // encrypts segments never also authenticates the list of them.
    enum class Purpose : quint64
    {
        SegmentContent = 1,
        SegmentList = 2
    };
    QByteArray subkey(Purpose purpose) const;

private:
    TeamKey() = default;

    std::array<unsigned char, 32> m_key{};
    QByteArray m_id;
    bool m_encrypted = true;
};
