#pragma once

#include "model/domain/ActionItem.h"
#include "model/storage/Database.h"
#include "tests/support/CoalitionProcess.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QProcess;
class TestDatabase;

// `coalition sync --feed FEED --db DB [more…]` as a real process (with --no-encryption
// unless more gives --passphrase-file).
ProcessRun runSync(const QString &db, const QString &feed, const QStringList &more = {});
// The same sync started in process and left running, for syncs at the same moment.
void startSync(QProcess &process, const QString &db, const QString &feed);

// Every shared field of every visible record, and the conflicts list: equal dumps mean
// two laptops agree.
QStringList dump(const QString &path, const Clock &clock);

// Opens the database at path as author and applies change.
void edit(const QString &path, const Clock &clock, const QString &author,
          const std::function<void(Database &)> &change);

// Opens the database at path as author and changes the sample's vigil (vigilId()).
void editVigil(const QString &path, const Clock &clock, const QString &author,
               const std::function<void(ActionItem &)> &change);

// Two laptops that each loaded the sample on their own: same ids, their own stamps.
std::pair<QString, QString> twoLaptops(const TestDatabase &t);

// One bash process per database running script (%1: the laptop's number, %2: rounds)
// with COALITION (the program), DIR (t's folder), DB and FEED set; started, not waited for.
std::vector<std::unique_ptr<QProcess>> startLaptopScripts(const TestDatabase &t,
                                                          const QString &feed,
                                                          const QStringList &databases,
                                                          const QString &script, int rounds);

// Three real laptops (new databases in t's folder) each adding one uniquely named item
// and syncing with feed, rounds times, all at once; a sync that fails (the feed busy or
// changed underneath it) is tried again, as a person would. Then each syncs once more and
// the test checks that all hold every item and agree. Returns how many syncs reported
// that they had to read and merge again (the server's or the file's guard at work).
// Before those last syncs, a new laptop reading the feed must find every item: no write
// that was reported as synced was replaced by another laptop's.
int threeLaptopsEditAndSync(const TestDatabase &t, const QString &feed, int rounds);

// Another laptop's change written into the feed file (format 2, without encryption): the
// first record of entity with field gets value, stamped a minute later by a device of
// its own, in a segment appended to the feed. Returns the record's id ("" if none).
QString rewriteFeedValue(const QString &feed, const QString &entity, const QString &field,
                         const QString &value);

// Every text of the sample a person could recognise: contact and organization names,
// values of five characters or more, field and entity names, authors (none may be
// readable in an encrypted feed).
QSet<QByteArray> sampleWords();
// Those of sampleWords() that bytes holds (an encrypted feed: none).
QStringList readableSampleWords(const QByteArray &bytes);

// The sample's vigil for Christian Hall: the action item the sync tests edit.
QString vigilId();
