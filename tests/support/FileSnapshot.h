#pragma once

#include <QByteArray>
#include <QString>

// The bytes of a SQLite database as it is on disk: the main file followed by its
// write-ahead log, if any. Two equal snapshots mean nothing at all was written.
QByteArray databaseBytes(const QString &path);
QByteArray fileBytes(const QString &path);
// Replaces the file's content with bytes (a test failure if it cannot).
void writeBytes(const QString &path, const QByteArray &bytes);
