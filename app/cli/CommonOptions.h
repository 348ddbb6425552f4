#pragma once

#include <QCommandLineOption>

// The options more than one command meets: which database, which day, and the window's
// own. Shared by the parser (CommandLine) and each command's help (CommandHelp).
struct CommonOptions
{
    CommonOptions();

    QCommandLineOption db;
    QCommandLineOption today;
    QCommandLineOption days;
    QCommandLineOption screenshot;
    QCommandLineOption create;
    QCommandLineOption page;
};
