#pragma once

#include "FeedState.h"

#include <QByteArray>

// Feed format 1 (docs/feed-format.md): UTF-8 text, a header, one line per field in
// canonical order, and a SHA-256 of everything before it. The same state always gives
// the same bytes. decode() refuses — with a message a user can act on — an empty,
// truncated, altered, unparseable or newer-format feed; it never returns half a state.
namespace FeedCodec {

constexpr int formatVersion = 1;

QByteArray encode(const FeedState &state, int schemaVersion);
// Throws CoalitionError.
FeedState decode(const QByteArray &bytes);
QByteArray checksum(const QByteArray &bytes);

} // namespace FeedCodec
