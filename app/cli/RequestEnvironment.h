#pragma once

#include "app/cli/CommandLine.h"
#include "model/domain/Clock.h"

#include <memory>

// What every command takes from the parsed request besides its own options: the clock
// (--today shifts the date, the time of day keeps running) and the database's path
// (--db, or the default under the user's data folder).
namespace RequestEnvironment {

std::unique_ptr<Clock> clock(const CommandLineRequest &request);
QString databasePath(const CommandLineRequest &request);

} // namespace RequestEnvironment
