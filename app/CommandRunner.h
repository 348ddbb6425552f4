#pragma once

#include "CommandLine.h"

#include <QTextStream>

// Runs a parsed request: opens the database with the right clock and runs the
// command or the window. Returns the process exit status; errors a user can act on
// are printed to err as one line.
class CommandRunner
{
public:
    CommandRunner(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(const CommandLineRequest &request);

private:
    int runAgenda(const CommandLineRequest &request);
    int runDemo(const CommandLineRequest &request);
    int runExport(const CommandLineRequest &request);
    int runWindow(const CommandLineRequest &request);

    QTextStream &m_out;
    QTextStream &m_err;
};
