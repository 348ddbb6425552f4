#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

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
// The same, giving the content to sink in pieces as it is decompressed (so the whole of
// it need not be in memory at once); returns its size. A frame found damaged or too
// large after some pieces were given still throws.
qsizetype decompress(const QByteArray &frame, qsizetype maxSize,
                     const std::function<void(QByteArrayView)> &sink);

} // namespace FeedCompression
