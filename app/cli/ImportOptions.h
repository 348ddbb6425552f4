#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

// What "coalition import TABLE FILE …" asked for.
struct ImportRequest
{
    QString table; // contacts, organizations, actions
    QString file;
    bool dryRun = false;
    QString onMatch = QStringLiteral("update"); // update, skip, create
    QString dateOrder;                          // "", dmy, mdy
};

namespace ImportOptions {

QList<QCommandLineOption> options();
QStringList optionsWithValue();
bool anySet(const QCommandLineParser &parser);
// Throws UsageError for malformed usage.
ImportRequest read(const QCommandLineParser &parser, const QStringList &positional);

} // namespace ImportOptions
