#pragma once

#include <QString>

// A passphrase or password given in a file (its first line): read, used and forgotten —
// never printed, logged or stored. Throws CoalitionError for a file that cannot be read
// or is empty.
namespace SecretFile {

QString read(const QString &path);

} // namespace SecretFile
