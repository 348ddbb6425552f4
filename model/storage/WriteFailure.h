#pragma once

#include <QString>

class QFileDevice;

// Why writing a file failed, in words a person can act on. Qt often reports a write
// that hit a full disk as "Unknown error": its buffered writes and QSaveFile's commit
// lose the system's error on the way. A full disk is worth saying plainly (the fix is
// to free space, not to try again), so it is checked for directly.
namespace WriteFailure {

// path: the file that was being written; qtReason: the device's errorString().
QString reason(const QString &path, const QString &qtReason);

} // namespace WriteFailure
