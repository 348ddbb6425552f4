#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>

// One schema upgrade: applying it to a database at version (version - 1) leaves it
// at version. Migrator runs it and its version bump in one transaction.
struct MigrationStep
{
    int version = 0;
    QString description;
    std::function<void(const QSqlDatabase &)> apply;
};
