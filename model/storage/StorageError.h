#pragma once

#include "model/domain/CoalitionError.h"

#include <QString>

// A database error that is about the storage, not about the data: the disk is full, the
// file or its folder is read-only, another program holds the database, the disk failed
// to read or write. Unlike a bad value in one row, it stops the whole operation (an
// import does not report it once per row), and its message says what the person can do.
class StorageError : public CoalitionError
{
public:
    using CoalitionError::CoalitionError;

    // SQLite's primary result code (the low byte of an extended code) names a storage
    // problem; code is what QSqlError::nativeErrorCode() or sqlite3_errcode() gave.
    static bool isStorageCode(int code);
    // The message for that code about the database file at path; detail is SQLite's text.
    static StorageError forCode(int code, const QString &path, const QString &detail);
    // A database error about neither the storage nor a value a person gave (a bug): the
    // message says what SQLite said; the statement goes to the debug log
    // (QT_LOGGING_RULES="coalition.storage.debug=true"), never into a message.
    static CoalitionError unexpected(const QString &detail, const QString &sql);
};
