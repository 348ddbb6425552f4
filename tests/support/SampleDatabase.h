#pragma once

#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"

#include <QStringList>

// The sample coalition in a database file, closed so a real `coalition` process can use
// it; args() gives a command its --db and the sample's --today (2021-12-15).
struct SampleDatabase
{
    TestDatabase t;

    SampleDatabase()
    {
        SampleDataLoader::load(*t.database);
        t.close();
    }
    QStringList args(const QStringList &command) const
    {
        return command + QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--today"),
                                     QStringLiteral("2021-12-15")};
    }
};
