#pragma once

#include "app/cli/CommandLine.h"

#include <QTextStream>

// Runs a parsed terminal command (everything but the window, which needs Widgets:
// app/desktop/WindowCommand). Returns the process exit status; errors a user can act on
// are printed to err as one line.
class CommandRunner
{
public:
    CommandRunner(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const CommandLineRequest &request);

private:
    int dispatch(const CommandLineRequest &request);

    QTextStream &m_out;
    QTextStream &m_err;
};
