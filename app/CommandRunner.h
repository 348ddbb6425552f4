#pragma once

#include "CommandLine.h"

#include <QIODevice>
#include <QTextStream>
#include <functional>

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
    int runImport(const CommandLineRequest &request);
    int runSync(const CommandLineRequest &request);
    int runGenerate(const CommandLineRequest &request);
    // To path through QSaveFile (no partial file on failure), or to stdout when empty.
    void writeAtomically(const QString &path, const std::function<bool(QIODevice &)> &write);
    int runWindow(const CommandLineRequest &request);

    QTextStream &m_out;
    QTextStream &m_err;
};
