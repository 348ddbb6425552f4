#pragma once

#include "model/domain/CoalitionError.h"

#include <QByteArrayView>
#include <functional>

struct ZSTD_DCtx_s;

// zstd decompression of one frame given piece by piece (as a segment's messages are
// decrypted), its content handed to a sink as it comes: a snapshot is never whole in
// memory, compressed or not. Throws CoalitionError for a damaged frame, data after it,
// one cut short (at finish()), and as soon as the content grows past maxSize.
class FeedDecompressor
{
public:
    FeedDecompressor(qsizetype maxSize, std::function<void(QByteArrayView)> sink);
    ~FeedDecompressor();
    FeedDecompressor(const FeedDecompressor &) = delete;
    FeedDecompressor &operator=(const FeedDecompressor &) = delete;

    void add(QByteArrayView compressed);
    // The content's size; throws if the frame did not end.
    qsizetype finish();

    // The errors for a frame that is damaged, and one of size bytes past maxSize.
    static CoalitionError damaged();
    static CoalitionError tooLarge(qint64 size, qsizetype maxSize);

private:
    ZSTD_DCtx_s *m_context;
    qsizetype m_maxSize;
    std::function<void(QByteArrayView)> m_sink;
    qsizetype m_given = 0;
    bool m_ended = false;
};
