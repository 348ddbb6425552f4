#pragma once

#include <QChar>
#include <QCommandLineOption>
#include <QDate>
#include <QList>
#include <QStringList>

class QCommandLineParser;

// What "coalition export TABLE …" asked for, checked for form; names (a campaign) are
// looked up against the database later.
struct ExportRequest
{
    QString table;        // actions, organizations, contacts, campaigns, ics, vcf
    QString campaign;     // name or id
    QStringList statuses; // as typed; vocabulary words or synonyms
    QString owner;
    QDate dueBefore;
    QDate dueAfter;
    QStringList columns;
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true;
    bool raw = false;
    QString outPath; // empty: standard output
};

// The export command's options and their checks, kept apart from CommandLine so each
// command's rules read in one place.
namespace ExportOptions {

QList<QCommandLineOption> options();
// Names of the options that take a value (for scanning arguments before parsing).
QStringList optionsWithValue();
bool anySet(const QCommandLineParser &parser);
// The action item filters and --columns, which print shares; CoalitionError for a wrong date.
void readFilters(const QCommandLineParser &parser, ExportRequest &request);
// Throws UsageError for malformed usage, CoalitionError for a wrong date.
ExportRequest read(const QCommandLineParser &parser, const QStringList &positional);

} // namespace ExportOptions
