#pragma once

#include <QByteArray>
#include <sodium.h>

// The few conveniences Coalition needs around libsodium's C API.
namespace Sodium {

// sodium_init(), once; throws CoalitionError if libsodium cannot start (no entropy).
void init();
QByteArray randomBytes(qsizetype count);

inline const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}
inline unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

} // namespace Sodium
