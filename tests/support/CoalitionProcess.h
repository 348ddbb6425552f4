#pragma once

#include <QString>
#include <QStringList>

// What a real `coalition` process printed and how it ended.
struct ProcessRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built `coalition` with arguments and waits for it (a test failure if it
// does not end within two minutes). environment: "NAME=value" entries set on top of
// this process's environment.
ProcessRun runCoalition(const QStringList &arguments, const QStringList &environment = {});
// The same with another copy of the binary (program: one another user can reach) and a
// command that launches it (launcher: setpriv as another user; empty for none).
ProcessRun runCoalitionAs(const QString &program, const QStringList &launcher,
                          const QStringList &arguments, const QStringList &environment);
