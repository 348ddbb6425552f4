#pragma once

#include <QtGlobal>
#include <functional>

class Database;

// A large, realistic coalition history for benchmarks and scale tests: organizations,
// contacts, campaigns with partners, and action items, with field lengths like the
// sample's, Unicode names, some long notes, tags, and a stamp on every field as real
// edits leave them. The same sizes and seed always give the same records.
class DatasetGenerator
{
public:
    struct Sizes
    {
        int organizations = 10000;
        int contacts = 50000;
        int campaigns = 500;
        int actions = 10000;
        quint64 seed = 1;
    };

    // Fills an empty database in one transaction; progress gets the records written so
    // far and the total. Throws CoalitionError for a database that holds records.
    static void generate(Database &database, const Sizes &sizes,
                         const std::function<void(qint64 done, qint64 total)> &progress = {});
};
