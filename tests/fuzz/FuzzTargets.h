#pragma once

#include <QByteArray>

// What each fuzzer does with one input. libFuzzer calls these through LibFuzzerEntry.cpp
// (a build with -DCOALITION_FUZZ=ON and clang); the regular test suite replays every
// file of tests/data/fuzz/ through the same functions, so a crash the fuzzer once found
// stays fixed. A target returns normally for any input: input the program refuses ends
// in the CoalitionError a user would see. A broken promise (a merge that depends on
// argument order, a feed that does not read back as written) aborts, which the fuzzer
// reports as a crash.
namespace FuzzTargets {

// The feed parser, then the merge of the feed into a database with the sample data
// (in memory, rolled back after each input). The input is a feed without its checksum
// line: the target seals it with the right checksum so mutations reach the field lines
// instead of all dying at the checksum; the raw input is also decoded as it is.
void feedMerge(const QByteArray &input);

// The CSV reader over the input, then an import of it into a database with the sample
// data; the first byte picks the table and what to do with rows that match a record.
void csvImport(const QByteArray &input);

// The command line's parsing and checking (dates, filters, numbers, paths): the input
// is the argument list, one argument per line.
void commandLine(const QByteArray &input);

// A partner's news feed: the input read as an entry's HTML, then as an RSS or Atom
// document whose entries go through the alert extractor into the inbox (rolled back).
void partnerFeed(const QByteArray &input);

} // namespace FuzzTargets
