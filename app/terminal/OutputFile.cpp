#include "app/terminal/OutputFile.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/WriteFailure.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

void OutputFile::write(const QString &path, QTextStream &console,
                       const std::function<bool(QIODevice &)> &write)
{
    auto cannot = [&path](const QString &why) {
        return CoalitionError(
            QCoreApplication::translate("CommandRunner", "Cannot write %1: %2").arg(path, why));
    };
    if (path.isEmpty()) {
        console.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(out))
            throw CoalitionError(
                QCoreApplication::translate("CommandRunner", "Cannot write to standard output: %1")
                    .arg(out.errorString()));
        return;
    }
    // All or nothing: the file appears only once every byte is written.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw cannot(WriteFailure::reason(path, out.errorString()));
    bool written = false;
    try {
        written = write(out);
    } catch (const CoalitionError &) {
        if (out.error() == QFileDevice::NoError)
            throw; // not the file's fault: a cancelled export, a database error
        written = false;
    }
    if (!written || !out.commit())
        throw cannot(WriteFailure::reason(path, out.errorString()));
}
