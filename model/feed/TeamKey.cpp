#include "model/feed/TeamKey.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/PassphraseNeeded.h"
#include "model/feed/Sodium.h"

#include <QCoreApplication>

namespace {

// The key derived from a passphrase, to wrap or unwrap the team key with.
std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES>
passphraseKey(const QString &passphrase, const TeamKey::Lock &lock)
{
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES> key{};
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), size_t(utf8.size()),
                      Sodium::bytes(lock.salt), lock.opsLimit, size_t(lock.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedCodec", "Not enough memory to unlock the feed (its "
                                              "passphrase lock needs %1 MB); nothing was changed.")
                                 .arg(lock.memLimit >> 20));
    return key;
}

} // namespace

TeamKey::~TeamKey()
{
    sodium_memzero(m_key.data(), m_key.size());
}

TeamKey TeamKey::generate()
{
    Sodium::init();
    TeamKey key;
    crypto_secretstream_xchacha20poly1305_keygen(key.m_key.data());
    key.m_id = Sodium::randomBytes(16).toHex();
    return key;
}

TeamKey TeamKey::unencrypted(const QString &team)
{
    Sodium::init();
    TeamKey key;
    key.m_encrypted = false;
    key.m_id = QByteArrayLiteral("none");
    const QByteArray input = "coalition feed without encryption\t" + team.toUtf8();
    crypto_generichash(key.m_key.data(), key.m_key.size(), Sodium::bytes(input),
                       size_t(input.size()), nullptr, 0);
    return key;
}

TeamKey::Lock TeamKey::lock(const QString &passphrase, const QByteArray &bound) const
{
    Lock lock;
    lock.salt = Sodium::randomBytes(crypto_pwhash_SALTBYTES);
    lock.opsLimit = opsLimit;
    lock.memLimit = memLimit;
    auto wrapping = passphraseKey(passphrase, lock);
    const QByteArray nonce = Sodium::randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray sealed(qsizetype(m_key.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                      Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        Sodium::bytes(sealed), &length, m_key.data(), m_key.size(), Sodium::bytes(bound),
        size_t(bound.size()), nullptr, Sodium::bytes(nonce), wrapping.data());
    sodium_memzero(wrapping.data(), wrapping.size());
    lock.wrapped = nonce + sealed;
    return lock;
}

TeamKey TeamKey::unlock(const Lock &lock, const QString &passphrase, const QByteArray &id,
                        const QByteArray &bound)
{
    Sodium::init();
    const qsizetype nonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (lock.salt.size() != crypto_pwhash_SALTBYTES || lock.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        lock.opsLimit > maxOpsLimit || lock.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
        lock.memLimit > maxMemLimit ||
        lock.wrapped.size() != nonceSize + 32 + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed's passphrase lock is damaged; nothing was changed."));
    auto wrapping = passphraseKey(passphrase, lock);
    TeamKey key;
    key.m_id = id;
    unsigned long long length = 0;
    const QByteArray sealed = lock.wrapped.mid(nonceSize);
    const int failed = crypto_aead_xchacha20poly1305_ietf_decrypt(
        key.m_key.data(), &length, nullptr, Sodium::bytes(sealed), size_t(sealed.size()),
        Sodium::bytes(bound), size_t(bound.size()), Sodium::bytes(lock.wrapped), wrapping.data());
    sodium_memzero(wrapping.data(), wrapping.size());
    if (failed != 0 || length != key.m_key.size())
        throw PassphraseNeeded(
            PassphraseNeeded::Reason::Wrong,
            QCoreApplication::translate("FeedCodec",
                                        "The team passphrase does not open this feed (or its "
                                        "header was altered); nothing was changed."));
    return key;
}

QByteArray TeamKey::subkey(Purpose purpose) const
{
    QByteArray key(32, Qt::Uninitialized);
    crypto_kdf_derive_from_key(Sodium::bytes(key), size_t(key.size()), quint64(purpose), "CoalFeed",
                               m_key.data());
    return key;
}
