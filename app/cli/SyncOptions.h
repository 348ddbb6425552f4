#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;
struct CommandLineRequest;

// The options of "coalition sync": the feed, the safety brake, creating a missing feed,
// the passphrase file and a team's own certificate authority.
namespace SyncOptions {

QList<QCommandLineOption> options();
QStringList optionsWithValue();
// exceptCaFile: --ca-file, which the server command takes too, does not count.
bool anySet(const QCommandLineParser &parser, bool exceptCaFile = false);
// Fills the request's sync fields; throws UsageError without a feed.
void read(const QCommandLineParser &parser, CommandLineRequest &request);

} // namespace SyncOptions
