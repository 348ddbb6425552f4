#pragma once

#include "tests/support/CoalitionProcess.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <random>

class QProcess;
#include <string>

// Runs a real `coalition` process over and over on fresh copies of a prepared folder
// and kills it with SIGKILL at a random moment of its run: the crash tests' engine.
class KillRun
{
public:
    // templateFolder holds the files the command works on; each run gets a copy in
    // runFolder. arguments may name files as "%1/name", %1 being the run folder.
    KillRun(QString templateFolder, QString runFolder, QStringList arguments);

    // One complete run on a fresh copy (exit 0 required). Measures how long the command
    // takes, the span the kill moments are drawn from. Leaves its results in runFolder.
    void runToCompletion();
    qint64 fullRunMicroseconds() const { return m_fullRun; }

    // Copies the template afresh, starts the command, and after a random delay within
    // the measured run calls interrupt (kill it, pull its feed away…) with the process,
    // which may have ended already. Returns how the command ended.
    ProcessRun runAndInterrupt(const std::function<void(QProcess &)> &interrupt);
    // runAndInterrupt with SIGKILL. Returns true when the kill landed (the process was
    // still running), false when the command had already ended on its own, successfully.
    bool runAndKill();
    qint64 lastDelayMicroseconds() const { return m_lastDelay; }
    // "seed S, kill N after D µs of a F µs run": enough to replay a failure.
    std::string describeLastKill() const;
    // Seeded from COALITION_KILL_SEED when set, so a failure can be replayed.
    unsigned seed() const { return m_seed; }

    QString runFolder() const { return m_run; }
    QString runFile(const QString &name) const;
    QString templateFile(const QString &name) const;

private:
    void freshCopy();
    QStringList resolvedArguments() const;

    QString m_template;
    QString m_run;
    QStringList m_arguments;
    qint64 m_fullRun = 0;
    qint64 m_lastDelay = 0;
    bool m_lastCrashed = false;
    int m_kills = 0;
    unsigned m_seed;
    std::mt19937 m_random;
};
