#include "app/terminal/OutputFile.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/WholeFile.h"

#include <QCoreApplication>
#include <QFile>

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
    try {
        // The terminal's writers return false only when the device failed.
        WholeFile::write(path, write);
    } catch (const WholeFile::Failure &failure) {
        throw cannot(failure.message());
    }
}
