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
