#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QPair>
#include <QString>
#include <QVector>

class QCommandLineParser;

// What "coalition import TABLE FILE …" asked for.
struct ImportRequest
{
    QString table; // contacts, organizations, actions
    QString file;
    bool dryRun = false;
    QString onMatch = QStringLiteral("update"); // update, skip, create
    QString dateOrder;                          // "", dmy, mdy
    // --map HEADER=FIELD, in order: the column headed HEADER imports as FIELD ("" leaves
    // it out), whatever its header would map to.
    QVector<QPair<QString, QString>> columnFields;
};

namespace ImportOptions {

QList<QCommandLineOption> options();
QStringList optionsWithValue();
bool anySet(const QCommandLineParser &parser);
// Only --dry-run of them (which the intake command takes too).
bool onlyDryRun(const QCommandLineParser &parser);
// Throws UsageError for malformed usage.
ImportRequest read(const QCommandLineParser &parser, const QStringList &positional);

} // namespace ImportOptions
