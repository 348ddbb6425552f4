#pragma once

#include "model/feed/FeedState.h"

#include <QByteArray>

// Feed format 1 (docs/feed-format.md), read to migrate a team to format 2 (SegmentedFeed)
// and written only by tests of that migration: UTF-8 text, a header, one line per field in
// canonical order, and a SHA-256 of everything before it. The same state always gives
// the same bytes. decode() refuses — with a message a user can act on — an empty,
// truncated, altered, unparseable or newer-format feed; it never returns half a state.
namespace FeedCodec {

constexpr int formatVersion = 1;

// With a team passphrase the feed gets a last line "hmac <HMAC-SHA256 of every byte
// before it>", keyed by PBKDF2-HMAC-SHA256 (Qt's QPasswordDigestor) of the passphrase and a salt in
// the header; a reader without the passphrase, or with another, refuses the feed. team: the team id
// for the header (empty: none).
QByteArray encode(const FeedState &state, int schemaVersion, const QString &passphrase = {},
                  const QString &team = {});
// Throws CoalitionError.
FeedState decode(const QByteArray &bytes, const QString &passphrase = {});
// Whether the feed ends with a passphrase's "hmac" line.
bool isSigned(const QByteArray &bytes);
// The team id in the header of a feed that decode() accepted; empty if it has none.
QString teamOf(const QByteArray &bytes);
QByteArray checksum(const QByteArray &bytes);

} // namespace FeedCodec
