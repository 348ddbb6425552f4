#include "tests/crash/KillRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <utility>

namespace {

unsigned chooseSeed()
{
    bool ok = false;
    const unsigned given = qEnvironmentVariable("COALITION_KILL_SEED").toUInt(&ok);
    return ok ? given : std::random_device{}();
}

} // namespace

KillRun::KillRun(QString templateFolder, QString runFolder, QStringList arguments)
    : m_template(std::move(templateFolder)), m_run(std::move(runFolder)),
      m_arguments(std::move(arguments)), m_seed(chooseSeed()), m_random(m_seed)
{}

QString KillRun::runFile(const QString &name) const
{
    return QDir(m_run).filePath(name);
}

QString KillRun::templateFile(const QString &name) const
{
    return QDir(m_template).filePath(name);
}

QStringList KillRun::resolvedArguments() const
{
    QStringList resolved;
    for (const QString &argument : m_arguments)
        resolved << QString(argument).replace(QLatin1String("%1"), m_run);
    return resolved;
}

void KillRun::freshCopy()
{
    QDir(m_run).removeRecursively();
    REQUIRE(QDir().mkpath(m_run));
    const QStringList names = QDir(m_template).entryList(QDir::Files);
    for (const QString &name : names)
        REQUIRE(QFile::copy(templateFile(name), runFile(name)));
}

void KillRun::runToCompletion()
{
    freshCopy();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(COALITION_BINARY), resolvedArguments());
    REQUIRE(process.waitForFinished(600000));
    m_fullRun = timer.nsecsElapsed() / 1000;
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
}

ProcessRun KillRun::runAndInterrupt(const std::function<void(QProcess &)> &interrupt)
{
    REQUIRE(m_fullRun > 0);
    freshCopy();
    // Up to 5% past the measured run, so the last moments of the command are covered
    // even when this run is a little slower.
    std::uniform_int_distribution<qint64> delay(0, m_fullRun + m_fullRun / 20);
    m_lastDelay = delay(m_random);
    ++m_kills;
    QProcess process;
    process.start(QStringLiteral(COALITION_BINARY), resolvedArguments());
    REQUIRE(process.waitForStarted());
    QThread::usleep(static_cast<unsigned long>(m_lastDelay));
    interrupt(process);
    REQUIRE(process.waitForFinished(120000));
    m_lastCrashed = process.exitStatus() == QProcess::CrashExit;
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool KillRun::runAndKill()
{
    // SIGKILL: no handler runs, nothing is flushed or cleaned up — as when the laptop's
    // battery dies or the system kills the program. A process that already ended is
    // only a zombie until reaped, and the signal does nothing to it.
    const ProcessRun run = runAndInterrupt([](QProcess &process) { process.kill(); });
    if (m_lastCrashed)
        return true;
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0); // it had finished, and successfully
    // This run took less than the delay: the next kills fall within what the runs take
    // now, even when the first run was measured while the machine was busier.
    m_fullRun = qMin(m_fullRun, m_lastDelay);
    return false;
}

std::string KillRun::describeLastKill() const
{
    return QStringLiteral("seed %1, kill %2 after %3 µs of a %4 µs run")
        .arg(m_seed)
        .arg(m_kills)
        .arg(m_lastDelay)
        .arg(m_fullRun)
        .toStdString();
}
