#include "model/feed/FeedCompression.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <memory>
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
    QByteArray bytes;
    decompress(frame, maxSize, [&bytes](QByteArrayView piece) { bytes.append(piece); });
    return bytes;
}

qsizetype decompress(const QByteArray &frame, qsizetype maxSize,
                     const std::function<void(QByteArrayView)> &sink)
{
    // compress() writes the content size into the frame header; a snapshot written as it
    // is read from the database (FeedCompressor) does not know it beforehand.
    const unsigned long long size =
        ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR)
        throw damaged();
    const auto tooLarge = [maxSize](unsigned long long size) {
        return CoalitionError(
            QCoreApplication::translate("FeedCodec",
                                        "A segment of the feed says it holds %1 MB, more than a "
                                        "feed of this Coalition can (%2 MB); nothing was changed.")
                .arg(size / 1000000)
                .arg(maxSize / 1000000));
    };
    if (size != ZSTD_CONTENTSIZE_UNKNOWN && size > static_cast<unsigned long long>(maxSize))
        throw tooLarge(size);
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    qsizetype given = 0;
    ZSTD_inBuffer in{frame.constData(), size_t(frame.size()), 0};
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    size_t left = 1;
    while (left != 0) {
        ZSTD_outBuffer out{chunk.data(), size_t(chunk.size()), 0};
        left = ZSTD_decompressStream(context.get(), &out, &in);
        if (ZSTD_isError(left) || (left != 0 && in.pos == in.size && out.pos == 0))
            throw damaged(); // a bad block, or a frame cut short
        given += qsizetype(out.pos);
        if (given > maxSize)
            throw tooLarge(static_cast<unsigned long long>(given));
        if (out.pos > 0)
            sink(QByteArrayView(chunk.constData(), qsizetype(out.pos)));
    }
    // One frame and nothing after it; a frame's own size, if it names one, must hold.
    if (in.pos != in.size ||
        (size != ZSTD_CONTENTSIZE_UNKNOWN && static_cast<unsigned long long>(given) != size))
        throw damaged();
    return given;
}

} // namespace FeedCompression
