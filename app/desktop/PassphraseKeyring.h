#pragma once

#include <QString>
#include <optional>

// The team passphrase kept in the desktop's keyring, only when the person asked for it
// (QtKeychain: the Secret Service of GNOME and most desktops, KWallet on KDE), one
// entry per feed. Nothing is ever written to a plain file: where no keyring answers,
// nothing is remembered and the window asks again next time. Each call waits for the
// keyring's answer, which is quick; a sync waits for the passphrase anyway.
// The member's password on a team server is kept the same way, as a secret of its own
// kind (the team passphrase and the server password of one feed are two entries).
namespace PassphraseKeyring {

enum class Secret
{
    TeamPassphrase,
    ServerPassword
};

// The secret stored for feed; nothing when none is, or no keyring answers.
std::optional<QString> read(const QString &feed, Secret secret = Secret::TeamPassphrase);
// Stores it; the keyring's message on failure, empty on success.
QString store(const QString &feed, const QString &value, Secret secret = Secret::TeamPassphrase);
// Removes the entry, if there is one.
void forget(const QString &feed, Secret secret = Secret::TeamPassphrase);

} // namespace PassphraseKeyring
