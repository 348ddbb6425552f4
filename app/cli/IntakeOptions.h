#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

// What "coalition intake FILE|- …" asked for.
struct IntakeRequest
{
    QString file; // "-": standard input
    bool dryRun = false;
    QString language; // en, es; "" to tell from the text
};

namespace IntakeOptions {

// --language (--dry-run is the import command's option, shared).
QList<QCommandLineOption> options();
QStringList optionsWithValue();
bool anySet(const QCommandLineParser &parser);
// Throws UsageError for malformed usage.
IntakeRequest read(const QCommandLineParser &parser, const QStringList &positional);

} // namespace IntakeOptions
