#pragma once

#include <QString>
#include <QStringList>

class QTemporaryDir;

// Shared steps of the crash and fault tests, all through real `coalition` processes.
namespace CrashTestSupport {

// How many SIGKILLs each crash test deals: four operations, at least 200 in all.
constexpr int killsPerOperation = 55;

// `coalition generate` into path: organizations, contacts, campaigns and action items
// (seed picks which; two seeds give two laptops with different records).
void generate(const QString &path, int actions, int seed);

// A committed edit made by a real process before the one that will be killed: a new
// organization named markerName(), imported from a one-row CSV file.
void addMarkerEdit(const QString &databasePath, const QString &scratchFolder);
QString markerName();
bool holdsMarker(const QStringList &rows);

// Files in folder whose names start with prefix but are not exactly it: what QSaveFile
// or a backup left half-written beside the file it was writing.
QStringList leftoversBeside(const QString &folder, const QString &prefix);

// Fails the test, with what SQLite found, unless the database at path is sound
// (DatabaseContent::problems is empty).
void requireSound(const QString &path);

// A readable account of how two states differ, for a failure message.
QString difference(const QStringList &expected, const QStringList &actual);

} // namespace CrashTestSupport
