#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Fills a database with made-up records for benchmarks (`coalition generate`).
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace GenerateCommand {

int run(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

} // namespace GenerateCommand
