#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Creates or completes a sample database (`coalition demo`).
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace DemoCommand {

int run(const CommandLineRequest &request, QTextStream &out);

} // namespace DemoCommand
