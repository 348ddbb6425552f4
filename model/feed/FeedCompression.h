#pragma once

#include <QByteArray>

// zstd (libzstd) for the content of format 2 feed segments, compressed before they are
// encrypted. Field lines repeat entity, field and device names on every line; zstd at
// its default level takes the sample data's lines to about a tenth (docs/feed-format.md
// gives the measured figures and why zstd rather than zlib).
namespace FeedCompression {

QByteArray compress(const QByteArray &bytes);
// Refuses (CoalitionError) a frame that is damaged or that holds more than maxSize
// bytes — before allocating them when its header says so, else as soon as it has given
// more: a hostile segment cannot make a sync take all the memory there is.
QByteArray decompress(const QByteArray &frame, qsizetype maxSize);

} // namespace FeedCompression
