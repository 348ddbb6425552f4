#include "model/feed/SegmentSealer.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/Sodium.h"

#include <QtEndian>

namespace {

constexpr qsizetype messageSize = 1 << 20;
constexpr qsizetype overhead = crypto_secretstream_xchacha20poly1305_ABYTES;

} // namespace

SegmentSealer::SegmentSealer(const QByteArray &key, const QByteArray &boundData,
                             const QByteArray &description)
    : m_state(new crypto_secretstream_xchacha20poly1305_state), m_boundData(boundData)
{
    Sodium::init();
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES ||
        description.size() > messageSize)
        throw CoalitionError(QStringLiteral("SegmentSealer: a bad key or description"));
    m_sealed.resize(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_init_push(m_state, Sodium::bytes(m_sealed),
                                                    Sodium::bytes(key));
    push(description, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
}

SegmentSealer::~SegmentSealer()
{
    sodium_memzero(m_state, sizeof *m_state);
    delete m_state;
}

void SegmentSealer::add(QByteArrayView content)
{
    m_pending.append(content);
    // A full message goes out only when more follows it: the last one is tagged FINAL.
    qsizetype at = 0;
    while (m_pending.size() - at > messageSize) {
        push(QByteArrayView(m_pending).sliced(at, messageSize),
             crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        at += messageSize;
    }
    m_pending.remove(0, at);
}

QByteArray SegmentSealer::finish()
{
    push(m_pending, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    m_pending.clear();
    return std::move(m_sealed);
}

// sealed · length (4 bytes, little-endian) · message
void SegmentSealer::push(QByteArrayView message, unsigned char tag)
{
    const qsizetype start = m_sealed.size();
    m_sealed.resize(start + 4 + message.size() + overhead);
    qToLittleEndian<quint32>(quint32(message.size() + overhead), m_sealed.data() + start);
    crypto_secretstream_xchacha20poly1305_push(
        m_state, reinterpret_cast<unsigned char *>(m_sealed.data() + start + 4), nullptr,
        reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
        Sodium::bytes(m_boundData), size_t(m_boundData.size()), tag);
}
