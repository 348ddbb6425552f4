#include "model/feed/SegmentCipher.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/SegmentSealer.h"
#include "model/feed/Sodium.h"

#include <QCoreApplication>
#include <QtEndian>

namespace {

constexpr qsizetype messageSize = 1 << 20;
constexpr qsizetype headerSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype overhead = crypto_secretstream_xchacha20poly1305_ABYTES;

CoalitionError damaged()
{
    return CoalitionError(QCoreApplication::translate(
        "FeedCodec", "A segment of the feed is damaged, cut short or not written with this "
                     "team's key; nothing was changed."));
}

// Reads the sealed messages in order.
class Reader
{
public:
    Reader(const QByteArray &key, const QByteArray &boundData, const QByteArray &sealed)
        : m_boundData(boundData), m_sealed(sealed)
    {
        Sodium::init();
        if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
            sealed.size() < headerSize ||
            crypto_secretstream_xchacha20poly1305_init_pull(&m_state, Sodium::bytes(sealed),
                                                            Sodium::bytes(key)) != 0)
            throw damaged();
        m_at = headerSize;
    }
    bool atEnd() const { return m_at == m_sealed.size(); }
    // The next message; tag receives its tag.
    QByteArray next(unsigned char &tag)
    {
        if (m_sealed.size() - m_at < 4)
            throw damaged();
        const qsizetype length = qFromLittleEndian<quint32>(m_sealed.constData() + m_at);
        if (length < overhead || length > messageSize + overhead ||
            length > m_sealed.size() - m_at - 4)
            throw damaged();
        QByteArray message(length - overhead, Qt::Uninitialized);
        if (crypto_secretstream_xchacha20poly1305_pull(
                &m_state, Sodium::bytes(message), nullptr, &tag,
                reinterpret_cast<const unsigned char *>(m_sealed.constData() + m_at + 4),
                size_t(length), Sodium::bytes(m_boundData), size_t(m_boundData.size())) != 0)
            throw damaged();
        m_at += 4 + length;
        return message;
    }

private:
    crypto_secretstream_xchacha20poly1305_state m_state;
    const QByteArray &m_boundData;
    const QByteArray &m_sealed;
    qsizetype m_at = 0;
};

} // namespace

namespace SegmentCipher {

QByteArray seal(const QByteArray &key, const QByteArray &boundData, const QByteArray &description,
                const QByteArray &content)
{
    SegmentSealer sealer(key, boundData, description);
    sealer.add(content);
    return sealer.finish();
}

QByteArray openDescription(const QByteArray &key, const QByteArray &boundData,
                           const QByteArray &sealed)
{
    Reader reader(key, boundData, sealed);
    unsigned char tag = 0;
    QByteArray description = reader.next(tag);
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        throw damaged();
    return description;
}

Opened open(const QByteArray &key, const QByteArray &boundData, const QByteArray &sealed)
{
    Opened opened;
    opened.description = openContent(
        key, boundData, sealed, [&opened](QByteArrayView message) { opened.content += message; });
    return opened;
}

QByteArray openContent(const QByteArray &key, const QByteArray &boundData, const QByteArray &sealed,
                       const std::function<void(QByteArrayView)> &sink)
{
    Reader reader(key, boundData, sealed);
    unsigned char tag = 0;
    const QByteArray description = reader.next(tag);
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        throw damaged();
    do
        sink(reader.next(tag));
    while (tag == crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    // Ends with FINAL and nothing after it: a segment cut at a message boundary fails here.
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL || !reader.atEnd())
        throw damaged();
    return description;
}

} // namespace SegmentCipher
