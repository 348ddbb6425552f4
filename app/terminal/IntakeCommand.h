#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Reads an alert into draft action items in the Inbox and prints them as CSV with the
// action items' export columns (`coalition intake FILE|-`); --dry-run adds nothing.
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace IntakeCommand {

int run(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

} // namespace IntakeCommand
