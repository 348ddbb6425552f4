#include "tests/support/CoalitionProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>

ProcessRun runCoalition(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        variables.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(variables);
    process.start(QStringLiteral(COALITION_BINARY), arguments);
    REQUIRE(process.waitForFinished(120000));
    // A crash (or a sanitizer's abort) is never an answer, whatever exit code it leaves.
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
