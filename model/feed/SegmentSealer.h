#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct crypto_secretstream_xchacha20poly1305_state;

// Seals one segment as its content comes (SegmentCipher's layout: the description, then
// the content in messages of 1 MiB, the last tagged FINAL): a snapshot is encrypted as
// it is compressed, so neither its compressed content nor its text is whole in memory
// beside the sealed bytes.
class SegmentSealer
{
public:
    SegmentSealer(const QByteArray &key, const QByteArray &boundData,
                  const QByteArray &description);
    ~SegmentSealer();
    SegmentSealer(const SegmentSealer &) = delete;
    SegmentSealer &operator=(const SegmentSealer &) = delete;

    void add(QByteArrayView content);
    // The sealed segment; the sealer is done with afterwards.
    QByteArray finish();

private:
    void push(QByteArrayView message, unsigned char tag);

    crypto_secretstream_xchacha20poly1305_state *m_state;
    QByteArray m_boundData;
    QByteArray m_pending; // content not yet sealed: more than a message's worth is pushed
    QByteArray m_sealed;
};
