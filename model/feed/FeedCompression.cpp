#include "model/feed/FeedCompression.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <zstd.h>

namespace {

// zstd's default: within a few percent of the size of level 9 here, at a fraction of
// its time.
constexpr int level = ZSTD_CLEVEL_DEFAULT;

CoalitionError damaged()
{
    return CoalitionError(QCoreApplication::translate(
        "FeedCodec", "A segment of the feed does not decompress (it is damaged); nothing was "
                     "changed."));
}

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
    // compress() writes the content size into the frame header.
    const unsigned long long size =
        ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN)
        throw damaged();
    if (size > static_cast<unsigned long long>(maxSize))
        throw CoalitionError(
            QCoreApplication::translate("FeedCodec",
                                        "A segment of the feed says it holds %1 MB, more than a "
                                        "feed of this Coalition can (%2 MB); nothing was changed.")
                .arg(size / 1000000)
                .arg(maxSize / 1000000));
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    const size_t read = ZSTD_decompress(bytes.data(), size_t(bytes.size()), frame.constData(),
                                        size_t(frame.size()));
    if (ZSTD_isError(read) || read != size)
        throw damaged();
    return bytes;
}

} // namespace FeedCompression
