#pragma once

#include "model/domain/CoalitionError.h"

#include <QIODevice>
#include <QString>
#include <functional>

// A file written whole or not at all, through QSaveFile: it appears, or replaces the old
// one, only once every byte is written, so a full disk, a cancel or a killed process
// leaves the old file (or none). The one writer of exports (terminal and window) and of
// the feed file.
namespace WholeFile {

// Why the file could not be written, in words a person can act on (a full disk said
// plainly); callers put it in a sentence of their own.
class Failure : public CoalitionError
{
public:
    using CoalitionError::CoalitionError;
};

enum class Mode
{
    Replace,
    // For a folder that refuses renames (some network and sync-tool folders): write in
    // place there rather than fail. Readers must detect a half-written file themselves.
    ReplaceOrWriteInPlace,
};

// Calls write with the file; write returns false when a write failed, or when the person
// cancelled, which cancelled() then says. Returns false, leaving the old file, for a
// cancel. Throws Failure when the file cannot be written (Qt does not always report a
// full disk as an error of the file, so a false from write without a cancel is one); a
// CoalitionError that write throws while the file is fine (a database error) passes
// through.
bool write(const QString &path, const std::function<bool(QIODevice &)> &write,
           Mode mode = Mode::Replace, const std::function<bool()> &cancelled = {});

} // namespace WholeFile
