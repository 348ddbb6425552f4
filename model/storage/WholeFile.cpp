#include "model/storage/WholeFile.h"

#include "model/storage/WriteFailure.h"

#include <QSaveFile>

bool WholeFile::write(const QString &path, const std::function<bool(QIODevice &)> &write, Mode mode,
                      const std::function<bool()> &cancelled)
{
    QSaveFile out(path);
    out.setDirectWriteFallback(mode == Mode::ReplaceOrWriteInPlace);
    if (!out.open(QIODevice::WriteOnly))
        throw Failure(WriteFailure::reason(path, out.errorString()));
    bool written = false;
    try {
        written = write(out);
    } catch (const CoalitionError &) {
        if (out.error() == QFileDevice::NoError)
            throw; // not the file's fault: a cancelled export, a database error
        written = false;
    }
    if (!written && cancelled && cancelled()) {
        out.cancelWriting();
        return false;
    }
    if (!written || !out.commit())
        throw Failure(WriteFailure::reason(path, out.errorString()));
    return true;
}
