#pragma once

#include "model/storage/Database.h"
#include "model/storage/schema/Migrator.h"
#include "tests/support/CatchQt.h"
#include "tests/support/FixedClock.h"

#include <QTemporaryDir>
#include <memory>

// A fresh database file in its own temporary folder, on a clock pinned to
// 2021-12-15 15:00 UTC (inside the sample's timeline). Removed with the fixture.
struct TestDatabase
{
    TestDatabase();

    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }
    void reopen();
    void close() { database.reset(); }

    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Database> database;
};

// Inserts a minimal organization, campaign and action item; returns their ids.
struct SeedIds
{
    QString organization;
    QString campaign;
    QString action;
};
SeedIds seedBasics(Database &database);

// Every row of the entity tables (their people-facing columns and created_at), sorted by
// id, without the update times a restore renews: equal lists mean the records are back
// as they were.
QStringList recordRows(Database &database);

// Fills database with generated action items (DatasetGenerator, the default seed) among
// 20 organizations and 5 campaigns, no contacts: for tests of many rows.
void generateActionItems(Database &database, int actions);

// Coalition's own migrations up to schema version and no further: a database as an
// older Coalition left it, for upgrade tests.
Migrator migratorUpTo(int version);
// The catalogue of the fields such a database has: the standard one without the columns
// later steps added. Open an older database with both.
const FieldCatalogue &catalogueUpTo(int version);
