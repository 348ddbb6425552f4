#pragma once

#include "model/domain/EntityKind.h"

#include <QString>

class Database;

// Loads the sample coalition (resources/sample/sample-data.json, built from the
// partner network's page) into a database. Ids are UUID v5 of a fixed namespace and
// each record's natural key, so every laptop that loads the sample holds the same
// records, and loading it again adds only what is missing.
class SampleDataLoader
{
public:
    struct Result
    {
        int created = 0;
        int alreadyPresent = 0;
    };

    static constexpr const char *defaultResource = ":/coalition/sample/sample-data.json";

    // All or nothing: a malformed file or record throws and writes nothing.
    static Result load(Database &database, const QString &path = QLatin1String(defaultResource));

    static QString stableId(EntityKind kind, const QString &naturalKey);
};
