#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Merges the database with the team's feed (`coalition sync`).
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace SyncCommand {

int run(const CommandLineRequest &request, QTextStream &out);

} // namespace SyncCommand
