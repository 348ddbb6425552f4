#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Opens the window on the database (the desktop session asks the first-run and
// upgrade questions), or renders it to a PNG with --screenshot and returns.
namespace WindowCommand {

int run(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

} // namespace WindowCommand
