#include "tests/support/FileSnapshot.h"

#include <catch2/catch.hpp>

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

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}
