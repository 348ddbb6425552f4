#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

// One format 2 feed segment sealed with libsodium's secretstream (XChaCha20-Poly1305):
// a first message with the segment's description (small: who wrote it, its place in
// that laptop's chain), then its compressed content in messages of up to 1 MiB, the
// last tagged FINAL so a cut-off segment is detected. Every message is bound to the
// same additional data (the feed's header and the segment's id), so a segment cannot be
// moved to another feed, key or id unnoticed.
//   sealed = secretstream header (24 bytes) · { length (4 bytes, little-endian) · message }…
namespace SegmentCipher {

QByteArray seal(const QByteArray &key, const QByteArray &boundData, const QByteArray &description,
                const QByteArray &content);

// Only the first message: a sync reads every segment's description to check the chains
// but decrypts the content of only the segments it has not merged. Throws CoalitionError.
QByteArray openDescription(const QByteArray &key, const QByteArray &boundData,
                           const QByteArray &sealed);

struct Opened
{
    QByteArray description;
    QByteArray content;
};
// The whole segment, checked to its FINAL message. Throws CoalitionError.
Opened open(const QByteArray &key, const QByteArray &boundData, const QByteArray &sealed);
// The same, the content given to sink message by message as each is decrypted and
// authenticated (at most 1 MiB each); returns the description. A segment cut short or
// altered throws — possibly after some messages were given, each of them authentic.
QByteArray openContent(const QByteArray &key, const QByteArray &boundData, const QByteArray &sealed,
                       const std::function<void(QByteArrayView)> &sink);

} // namespace SegmentCipher
