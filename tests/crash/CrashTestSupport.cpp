#include "tests/crash/CrashTestSupport.h"

#include "tests/support/CoalitionProcess.h"
#include "tests/support/DatabaseContent.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSet>

void CrashTestSupport::generate(const QString &path, int actions, int seed)
{
    const ProcessRun run = runCoalition(
        {QStringLiteral("generate"), QStringLiteral("--db"), path, QStringLiteral("--actions"),
         QString::number(actions), QStringLiteral("--orgs"), QString::number(actions / 10 + 5),
         QStringLiteral("--contacts"), QString::number(actions / 5 + 5),
         QStringLiteral("--campaigns"), QString::number(actions / 100 + 3),
         QStringLiteral("--seed"), QString::number(seed)});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString CrashTestSupport::markerName()
{
    return QStringLiteral("Edit committed before the kill");
}

void CrashTestSupport::addMarkerEdit(const QString &databasePath, const QString &scratchFolder)
{
    const QString csv = QDir(scratchFolder).filePath(QStringLiteral("marker.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,region\n\"" + markerName().toUtf8() + "\",Crash tests\n");
    file.close();
    const ProcessRun run = runCoalition({QStringLiteral("import"), QStringLiteral("organizations"),
                                         csv, QStringLiteral("--db"), databasePath});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile::remove(csv);
}

bool CrashTestSupport::holdsMarker(const QStringList &rows)
{
    const QString cell = QStringLiteral("name=") + markerName();
    for (const QString &row : rows) {
        if (row.startsWith(QLatin1String("organizations\t")) && row.contains(cell))
            return true;
    }
    return false;
}

QStringList CrashTestSupport::leftoversBeside(const QString &folder, const QString &prefix)
{
    QStringList found;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (name.startsWith(prefix) && name != prefix)
            found << name;
    }
    return found;
}

void CrashTestSupport::requireSound(const QString &path)
{
    const QStringList problems = DatabaseContent::problems(path);
    INFO(path.toStdString() << ": " << problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.isEmpty());
}

QString CrashTestSupport::difference(const QStringList &expected, const QStringList &actual)
{
    const QSet<QString> want(expected.cbegin(), expected.cend());
    const QSet<QString> have(actual.cbegin(), actual.cend());
    QStringList lines;
    for (const QString &row : expected) {
        if (!have.contains(row) && lines.size() < 6)
            lines << QStringLiteral("missing: ") + row.left(300);
    }
    for (const QString &row : actual) {
        if (!want.contains(row) && lines.size() < 12)
            lines << QStringLiteral("unexpected: ") + row.left(300);
    }
    return QStringLiteral("%1 rows expected, %2 found\n").arg(expected.size()).arg(actual.size()) +
           lines.join(QLatin1Char('\n'));
}
