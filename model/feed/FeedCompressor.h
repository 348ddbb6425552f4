#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

struct ZSTD_CCtx_s;

// zstd compression of content given piece by piece (FeedCompression::compress takes it
// whole): a snapshot of a database is compressed as it is read, so the whole text of its
// field lines — ten times the compressed size — is never in memory at once. The frame
// does not name its content size; FeedCompression::decompress reads it either way.
class FeedCompressor
{
public:
    // The frame is kept and returned by finish(); with a sink, it is handed to the sink
    // as it is made instead (finish() then returns nothing).
    FeedCompressor();
    explicit FeedCompressor(std::function<void(QByteArrayView)> sink);
    ~FeedCompressor();
    FeedCompressor(const FeedCompressor &) = delete;
    FeedCompressor &operator=(const FeedCompressor &) = delete;

    void add(QByteArrayView bytes);
    // The whole frame; the compressor is done with afterwards.
    QByteArray finish();

private:
    void run(QByteArrayView bytes, bool end);

    ZSTD_CCtx_s *m_context;
    QByteArray m_frame;
    std::function<void(QByteArrayView)> m_sink;
};
