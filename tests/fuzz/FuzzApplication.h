#pragma once

#include "model/storage/Database.h"
#include "tests/support/FixedClock.h"

#include <memory>

// The process-wide pieces every fuzz target needs, made once: a QCoreApplication (Qt's
// SQL plugins are found through it) and a database in memory holding the sample data,
// on a fixed clock so that a replayed input runs the same way.
class FuzzApplication
{
public:
    static FuzzApplication &instance();
    Database &database() { return *m_database; }

private:
    FuzzApplication();
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
};
