#pragma once

#include "app/cli/ExportOptions.h"

#include <QCommandLineOption>
#include <QDate>
#include <QList>
#include <QStringList>

class QCommandLineParser;

// What "coalition print actions|agenda|contacts" and "coalition report campaign|overview"
// asked for, checked for form (DESIGN.md §6).
struct PrintRequest
{
    QString what;          // actions, agenda, contacts (print); campaign, overview (report)
    QString subject;       // report campaign NAME|ID
    QString pdfPath;       // print: required; report: empty writes the report as text
    QDate since;           // report: the burn-up's first week and the first day of changes
    ExportRequest filters; // print actions: --campaign, --status, …; --columns for lists
};

namespace PrintOptions {

QList<QCommandLineOption> options();
QStringList optionsWithValue();
bool anySet(const QCommandLineParser &parser);
// report: the report command's positional arguments, else print's. Throws UsageError for
// malformed usage, CoalitionError for a wrong date.
PrintRequest read(const QCommandLineParser &parser, const QStringList &positional, bool report);
// The filter options given with print (only "print actions" takes them; --columns goes
// with actions and contacts).
bool filtersSet(const QCommandLineParser &parser);

} // namespace PrintOptions
