#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// A database file looked at from outside the program, as a crash or fault test needs
// it: through a plain SQLite connection (no migration, no repair, nothing written but
// what SQLite's own recovery of a write-ahead log writes), so what the test sees is
// what a killed or refused `coalition` process left behind.
namespace DatabaseContent {

// What SQLite and the search indexes say is wrong: the rows of PRAGMA
// integrity_check other than "ok", every row of PRAGMA foreign_key_check, and each
// FTS5 index whose 'integrity-check' fails. Empty for a sound database.
QStringList problems(const QString &path);

// Every row of the tables people's data and sync live in, as sorted text lines, with
// what differs between two runs of the same command left out: row numbers, times and
// clock readings (columns such as updated_at and wall), and ids made during the run
// (a UUID not in knownIds reads "<new id>"). Two runs of one import on copies of one
// file give equal lines; so do a file before and after a command that changed nothing.
// addedColumns: columns a later schema step added, left out so a database can be compared
// with itself before an upgrade.
QStringList rows(const QString &path, const QSet<QString> &knownIds = {},
                 const QStringList &addedColumns = {});

// The UUIDs in the same tables: the ids a file already had before a command ran.
QSet<QString> ids(const QString &path);

// PRAGMA user_version: the schema the file is at.
int schemaVersion(const QString &path);

} // namespace DatabaseContent
