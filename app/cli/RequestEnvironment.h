#pragma once

#include "app/cli/CommandLine.h"
#include "model/domain/ActionItemFilter.h"
#include "model/domain/Clock.h"

#include <memory>

class Database;

// What every command takes from the parsed request besides its own options: the clock
// (--today shifts the date, the time of day keeps running) and the database's path
// (--db, or the default under the user's data folder).
namespace RequestEnvironment {

std::unique_ptr<Clock> clock(const CommandLineRequest &request);
QString databasePath(const CommandLineRequest &request);
// The action items export and print filters name: the campaign (looked up by name or id)
// and statuses checked against the database and the vocabulary (CoalitionError).
ActionItemFilter actionItemFilter(Database &database, const ExportRequest &request);

} // namespace RequestEnvironment
