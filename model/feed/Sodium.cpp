#include "model/feed/Sodium.h"

#include "model/domain/CoalitionError.h"

namespace Sodium {

void init()
{
    // Safe to call from several threads and more than once (libsodium's documentation).
    if (sodium_init() < 0)
        throw CoalitionError(QStringLiteral("libsodium could not start (no source of randomness)"));
}

QByteArray randomBytes(qsizetype count)
{
    init();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

} // namespace Sodium
