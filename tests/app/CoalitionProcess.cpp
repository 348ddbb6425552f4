#include "CoalitionProcess.h"

#include <catch2/catch.hpp>

#include <QProcess>

ProcessRun runCoalition(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COALITION_BINARY), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
