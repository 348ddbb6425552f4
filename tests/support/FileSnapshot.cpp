#include "FileSnapshot.h"

#include <QFile>

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray databaseBytes(const QString &path)
{
    return fileBytes(path) + QByteArrayLiteral("\n--wal--\n") +
           fileBytes(path + QStringLiteral("-wal"));
}
