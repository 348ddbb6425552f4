#include "model/feed/FeedDecompressor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <zstd.h>

CoalitionError FeedDecompressor::damaged()
{
    return CoalitionError(QCoreApplication::translate(
        "FeedCodec", "A segment of the feed does not decompress (it is damaged); nothing was "
                     "changed."));
}

CoalitionError FeedDecompressor::tooLarge(qint64 size, qsizetype maxSize)
{
    return CoalitionError(QCoreApplication::translate(
                              "FeedCodec",
                              "A segment of the feed decompresses to %1 MB or more, more than a "
                              "feed of its size can hold (%2 MB): it is damaged or was made to "
                              "exhaust this laptop. Nothing was changed.")
                              .arg(size / 1000000)
                              .arg(maxSize / 1000000));
}

FeedDecompressor::FeedDecompressor(qsizetype maxSize, std::function<void(QByteArrayView)> sink)
    : m_context(ZSTD_createDCtx()), m_maxSize(maxSize), m_sink(std::move(sink))
{
    if (!m_context)
        throw CoalitionError(QStringLiteral("zstd: no memory for a decompression context"));
}

FeedDecompressor::~FeedDecompressor()
{
    ZSTD_freeDCtx(m_context);
}

void FeedDecompressor::add(QByteArrayView compressed)
{
    if (compressed.isEmpty())
        return;
    if (m_ended)
        throw damaged(); // bytes after the frame
    ZSTD_inBuffer in{compressed.data(), size_t(compressed.size()), 0};
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    for (;;) {
        ZSTD_outBuffer out{chunk.data(), size_t(chunk.size()), 0};
        const size_t left = ZSTD_decompressStream(m_context, &out, &in);
        if (ZSTD_isError(left))
            throw damaged(); // a bad block, or a size that does not hold
        m_given += qsizetype(out.pos);
        if (m_given > m_maxSize)
            throw tooLarge(m_given, m_maxSize);
        if (out.pos > 0)
            m_sink(QByteArrayView(chunk.constData(), qsizetype(out.pos)));
        if (left == 0) {
            m_ended = true;
            if (in.pos != in.size)
                throw damaged();
            return;
        }
        // All taken in, and what it made handed on (a full buffer may hold more).
        if (in.pos == in.size && out.pos < out.size)
            return;
    }
}

qsizetype FeedDecompressor::finish()
{
    if (!m_ended)
        throw damaged(); // cut short
    return m_given;
}
