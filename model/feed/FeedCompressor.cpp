#include "model/feed/FeedCompressor.h"

#include "model/domain/CoalitionError.h"

#include <zstd.h>

FeedCompressor::FeedCompressor() : m_context(ZSTD_createCCtx())
{
    if (!m_context)
        throw CoalitionError(QStringLiteral("zstd: no memory for a compression context"));
    // The level FeedCompression::compress uses.
    ZSTD_CCtx_setParameter(m_context, ZSTD_c_compressionLevel, ZSTD_CLEVEL_DEFAULT);
}

FeedCompressor::FeedCompressor(std::function<void(QByteArrayView)> sink) : FeedCompressor()
{
    m_sink = std::move(sink);
}

FeedCompressor::~FeedCompressor()
{
    ZSTD_freeCCtx(m_context);
}

void FeedCompressor::add(QByteArrayView bytes)
{
    run(bytes, false);
}

QByteArray FeedCompressor::finish()
{
    run({}, true);
    return std::move(m_frame);
}

void FeedCompressor::run(QByteArrayView bytes, bool end)
{
    ZSTD_inBuffer in{bytes.data(), size_t(bytes.size()), 0};
    const size_t chunk = ZSTD_CStreamOutSize();
    for (;;) {
        const qsizetype at = m_frame.size();
        m_frame.resize(at + qsizetype(chunk));
        ZSTD_outBuffer out{m_frame.data() + at, chunk, 0};
        const size_t left =
            ZSTD_compressStream2(m_context, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        m_frame.resize(at + qsizetype(out.pos));
        if (m_sink && !m_frame.isEmpty()) {
            m_sink(m_frame);
            m_frame.resize(0);
        }
        if (ZSTD_isError(left))
            throw CoalitionError(
                QStringLiteral("zstd: %1").arg(QString::fromLatin1(ZSTD_getErrorName(left))));
        // Done when the input is taken (and, at the end, the frame is flushed whole).
        if (end ? left == 0 : in.pos == in.size)
            return;
    }
}
