#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Writes CSV, iCalendar or vCard (`coalition export`), to a file only once complete.
// Returns the exit status; errors a person can act on are thrown as CoalitionError.
namespace ExportCommand {

int run(const CommandLineRequest &request, QTextStream &out);

} // namespace ExportCommand
