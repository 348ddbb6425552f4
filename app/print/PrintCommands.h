#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// "coalition print actions|agenda|contacts --pdf FILE" and "coalition report
// campaign NAME|ID|overview [--pdf FILE]". Run on a QApplication (charts are widgets'
// graphics items), offscreen when there is no display.
namespace PrintCommands {

// Exit status: 0, or 1 with the message on err.
int run(const CommandLineRequest &request, QTextStream &out, QTextStream &err);

} // namespace PrintCommands
