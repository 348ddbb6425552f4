#pragma once

#include "model/storage/schema/MigrationStep.h"

#include <QSqlDatabase>
#include <vector>

// Brings a database to the newest schema (KMyMoney's stepwise upgrades): the steps
// are ordered by version, each runs with its PRAGMA user_version bump in one
// transaction, and a consistent copy of the file (name.vN.bak) is made before the
// first step touches an existing database.
class Migrator
{
public:
    explicit Migrator(std::vector<MigrationStep> steps, qint32 applicationId);

    int targetVersion() const;

    // Throws CoalitionError if the file is not a Coalition database or is newer than
    // this build; writes nothing.
    void checkCompatible(const QSqlDatabase &db, const QString &path) const;
    void migrate(const QSqlDatabase &db, const QString &path) const;

    // The backup made before migrating path from fromVersion (exposed for tests).
    static QString backupPathFor(const QString &path, int fromVersion);

private:
    void backup(const QSqlDatabase &db, const QString &path, int fromVersion) const;

    std::vector<MigrationStep> m_steps;
    qint32 m_applicationId;
};
