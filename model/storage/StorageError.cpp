#include "model/storage/StorageError.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(storageLog, "coalition.storage", QtWarningMsg)

CoalitionError StorageError::unexpected(const QString &detail, const QString &sql)
{
    qCDebug(storageLog) << "Database error" << detail << "in" << sql.simplified();
    return CoalitionError(
        QCoreApplication::translate("Statement", "Database error: %1").arg(detail));
}

bool StorageError::isStorageCode(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

StorageError StorageError::forCode(int code, const QString &path, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return StorageError(
            QCoreApplication::translate("StorageError",
                                        "The disk holding %1 is full; make room and try again.")
                .arg(path));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StorageError(QCoreApplication::translate(
                                "StorageError", "%1 cannot be written: the file or its folder is "
                                                "read-only, or belongs to another user.")
                                .arg(path));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError(
            QCoreApplication::translate("StorageError",
                                        "%1 is in use by another program (another Coalition "
                                        "window, a sync, or a database tool); try again when "
                                        "it is done.")
                .arg(path));
    default:
        return StorageError(
            QCoreApplication::translate("StorageError", "Reading or writing %1 failed: %2.")
                .arg(path, detail));
    }
}
