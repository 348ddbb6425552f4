#include "tests/support/CoalitionProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

ProcessRun runCoalition(const QStringList &arguments, const QStringList &environment)
{
    return runCoalitionAs(QStringLiteral(COALITION_BINARY), {}, arguments, environment);
}

ProcessRun runCoalitionAs(const QString &program, const QStringList &launcher,
                          const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        variables.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(variables);
    if (launcher.isEmpty())
        process.start(program, arguments);
    else
        process.start(launcher.first(), launcher.mid(1) + QStringList{program} + arguments);
    REQUIRE(process.waitForFinished(120000));
    // A crash (or a sanitizer's abort) is never an answer, whatever exit code it leaves.
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
