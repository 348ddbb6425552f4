#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Reads a CSV file into the database, all or nothing (`coalition import`).
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace ImportCommand {

int run(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

} // namespace ImportCommand
