#include "tests/fuzz/FuzzTargets.h"

#include "app/cli/CommandLine.h"
#include "model/domain/CoalitionError.h"
#include "tests/fuzz/FuzzApplication.h"

#include <QStringList>

void FuzzTargets::commandLine(const QByteArray &input)
{
    FuzzApplication::instance(); // QCommandLineParser reads the application's name
    QStringList arguments{QStringLiteral("coalition")};
    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &line : lines)
        arguments << QString::fromUtf8(line);
    try {
        CommandLine::parse(arguments);
        CommandLine::isTerminalCommand(arguments);
        CommandLine::screenshotArgument(arguments);
    } catch (const CoalitionError &) {
        // UsageError included: what the user reads, with exit code 2 or 1.
    }
}
