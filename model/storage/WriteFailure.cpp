#include "model/storage/WriteFailure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

QString WriteFailure::reason(const QString &path, const QString &qtReason)
{
    // Less room than one more write could use: the write failed for want of space.
    const qint64 nearlyFull = 256 * 1024;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.isReady() && storage.bytesAvailable() < nearlyFull)
        return QCoreApplication::translate("WriteFailure",
                                           "the disk is full (%1 free on %2); make room and "
                                           "try again")
            .arg(QLocale().formattedDataSize(storage.bytesAvailable()), storage.rootPath());
    if (qtReason.isEmpty() || qtReason == QLatin1String("Unknown error"))
        return QCoreApplication::translate("WriteFailure", "the system gave no reason");
    return qtReason;
}
