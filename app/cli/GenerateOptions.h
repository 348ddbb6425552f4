#pragma once

#include "model/sample/DatasetGenerator.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

// "coalition generate --db PATH --actions N [--orgs N] [--contacts N] [--campaigns N]
// [--seed S]": the sizes of a generated database.
namespace GenerateOptions {

QList<QCommandLineOption> options();
QStringList optionsWithValue();
bool anySet(const QCommandLineParser &parser);
// Throws UsageError for a missing --actions or a size that is not a whole number.
DatasetGenerator::Sizes read(const QCommandLineParser &parser);

} // namespace GenerateOptions
