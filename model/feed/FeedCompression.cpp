#include "model/feed/FeedCompression.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/FeedDecompressor.h"

#include <QCoreApplication>
#include <zstd.h>

namespace {

// zstd's default: within a few percent of the size of level 9 here, at a fraction of
// its time.
constexpr int level = ZSTD_CLEVEL_DEFAULT;

} // namespace

namespace FeedCompression {

QByteArray compress(const QByteArray &bytes)
{
    QByteArray frame(qsizetype(ZSTD_compressBound(size_t(bytes.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress(frame.data(), size_t(frame.size()), bytes.constData(),
                                         size_t(bytes.size()), level);
    if (ZSTD_isError(written))
        throw CoalitionError(
            QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(written))));
    frame.truncate(qsizetype(written));
    return frame;
}

QByteArray decompress(const QByteArray &frame, qsizetype maxSize)
{
    QByteArray bytes;
    decompress(frame, maxSize, [&bytes](QByteArrayView piece) { bytes.append(piece); });
    return bytes;
}

qsizetype decompress(const QByteArray &frame, qsizetype maxSize,
                     const std::function<void(QByteArrayView)> &sink)
{
    // compress() writes the content size into the frame header: a claim too large is
    // refused before anything is decompressed. A snapshot written as the database is
    // read (FeedCompressor) does not name it; FeedDecompressor counts as it goes.
    const unsigned long long size =
        ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR)
        throw FeedDecompressor::damaged();
    if (size != ZSTD_CONTENTSIZE_UNKNOWN && size > static_cast<unsigned long long>(maxSize))
        throw FeedDecompressor::tooLarge(qint64(size), maxSize);
    FeedDecompressor decompressor(maxSize, sink);
    decompressor.add(frame);
    return decompressor.finish();
}

} // namespace FeedCompression
