#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Prints the open action items by deadline (`coalition agenda`).
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace AgendaCommand {

int run(const CommandLineRequest &request, QTextStream &out);

} // namespace AgendaCommand
