#pragma once

#include <QIODevice>
#include <QString>
#include <QTextStream>
#include <functional>

// Where a terminal command's output goes: a file given with --out, written through
// QSaveFile so it appears only once every byte is there, or standard output.
namespace OutputFile {

// Calls write with the device; throws CoalitionError naming the path and the cause
// (a full disk said plainly) when it cannot be written. console is flushed first when
// the output goes to standard output, so the two never interleave.
void write(const QString &path, QTextStream &console,
           const std::function<bool(QIODevice &)> &write);

} // namespace OutputFile
