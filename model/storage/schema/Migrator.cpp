#include "model/storage/schema/Migrator.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

#include <unistd.h>

namespace {

int pragmaInt(const QSqlDatabase &db, const char *pragma)
{
    return Statement(db, QStringLiteral("PRAGMA ") + QLatin1String(pragma)).scalar().toInt();
}

} // namespace

Migrator::Migrator(std::vector<MigrationStep> steps, qint32 applicationId)
    : m_steps(std::move(steps)), m_applicationId(applicationId)
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

int Migrator::targetVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

void Migrator::checkCompatible(const QSqlDatabase &db, const QString &path) const
{
    const int version = pragmaInt(db, "user_version");
    const int applicationId = pragmaInt(db, "application_id");
    const int tableCount =
        Statement(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).scalar().toInt();

    if (applicationId != m_applicationId && (applicationId != 0 || tableCount > 0))
        throw CoalitionError(
            QCoreApplication::translate("Migrator",
                                        "%1 is not a Coalition database; it was left untouched.")
                .arg(path));
    if (version > targetVersion())
        throw CoalitionError(QCoreApplication::translate(
                                 "Migrator",
                                 "%1 was written by a newer Coalition (schema %2; this version "
                                 "reads up to %3). Update Coalition to open it.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(targetVersion()));
}

void Migrator::migrate(const QSqlDatabase &db, const QString &path) const
{
    checkCompatible(db, path);
    const int startVersion = pragmaInt(db, "user_version");
    if (startVersion == targetVersion())
        return;
    if (startVersion > 0)
        backup(db, path, startVersion);

    for (const MigrationStep &step : m_steps) {
        if (step.version <= startVersion)
            continue;
        // BEGIN IMMEDIATE: take the write lock up front so two processes opening the
        // same old file cannot both start upgrading it.
        Statement(db, QStringLiteral("BEGIN IMMEDIATE")).exec();
        try {
            if (pragmaInt(db, "user_version") >= step.version) {
                Statement(db, QStringLiteral("COMMIT")).exec();
                continue; // another process did this step while we waited for the lock
            }
            step.apply(db);
            Statement(db, QStringLiteral("PRAGMA application_id = %1").arg(m_applicationId)).exec();
            Statement(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).exec();
            Statement(db, QStringLiteral("COMMIT")).exec();
        } catch (const CoalitionError &error) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw CoalitionError(QCoreApplication::translate(
                                     "Migrator",
                                     "Upgrading %1 to schema %2 (%3) failed: %4. The database "
                                     "was left at schema %5.")
                                     .arg(path)
                                     .arg(step.version)
                                     .arg(step.description, error.message())
                                     .arg(pragmaInt(db, "user_version")));
        }
    }
}

QString Migrator::backupPathFor(const QString &path, int fromVersion)
{
    return path + QStringLiteral(".v%1.bak").arg(fromVersion);
}

void Migrator::backup(const QSqlDatabase &db, const QString &path, int fromVersion) const
{
    if (path == QLatin1String(":memory:"))
        return;
    // Never overwrite an earlier backup: it may be the only good copy.
    QString target = backupPathFor(path, fromVersion);
    for (int n = 2; QFile::exists(target); ++n)
        target = backupPathFor(path, fromVersion) + QStringLiteral(".%1").arg(n);
    // VACUUM INTO makes a consistent copy that includes what is still in the WAL. It is
    // written under another name and renamed when whole: a start killed halfway through
    // the copy left a half-written ".bak" that a person could have restored from.
    const QString partial = target + QStringLiteral(".partial");
    // From a start that was killed while copying (with SQLite's journal of the copy).
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    Statement(db, QStringLiteral("VACUUM INTO :target"))
        .bind(QStringLiteral(":target"), partial)
        .exec();
    QFile copy(partial);
    // On disk before it takes the backup's name, so a power cut cannot leave the name on
    // an empty file.
    const bool synced = copy.open(QIODevice::ReadWrite) && ::fsync(copy.handle()) == 0;
    copy.close();
    if (!synced || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw CoalitionError(QCoreApplication::translate(
                                 "Migrator", "Cannot write the backup %1 before upgrading: %2")
                                 .arg(target, copy.errorString()));
    }
}
