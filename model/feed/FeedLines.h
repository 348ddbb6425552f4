#pragma once

#include "model/feed/FeedState.h"

#include <QByteArray>
#include <QByteArrayView>
#include <charconv>

// The text form of field stamps that both feed formats carry (docs/feed-format.md): one
// line per field, in canonical order, tab-separated
//   <entity> <record id> <field> <wall ms> <counter> <device> <author> <value>
// with backslash escapes for tab, line feed, carriage return and backslash, and \N for
// NULL. Format 1 writes the lines as the feed's body; format 2 inside each encrypted
// segment.
namespace FeedLines {

QByteArray escaped(const QString &text);
void appendEscaped(QByteArray &out, QByteArrayView utf8);

// One field line's cells, as UTF-8; value null for NULL.
struct LineCells
{
    QByteArrayView entity, recordId, field;
    qint64 wall = 0;
    quint32 counter = 0;
    QByteArrayView device, author;
    const QByteArrayView *value = nullptr;
};
void appendLine(QByteArray &out, const LineCells &cells);
// line: the line number for the message when the escapes are malformed (CoalitionError).
QString unescaped(QByteArrayView bytes, int line);

// A whole number that is the whole cell (from_chars takes no sign or spaces we do not write).
template<typename Number> bool parseNumber(QByteArrayView cell, Number &into)
{
    const char *end = cell.data() + cell.size();
    const auto [stop, error] = std::from_chars(cell.data(), end, into);
    return error == std::errc() && stop == end && !cell.isEmpty();
}

// The state's field lines; lineCount, if given, receives how many.
QByteArray encode(const FeedState &state, int *lineCount = nullptr);

// Reads field lines (empty lines are passed over) that are valid UTF-8. firstLine: the
// line number of the first, for messages. Throws CoalitionError on a malformed line and
// never returns half a state. lineCount, if given, receives how many field lines it read.
FeedState parse(QByteArrayView lines, int firstLine = 1, int *lineCount = nullptr);
// The same into state, which may hold lines read before (a state read piece by piece);
// returns how many field lines it read. On a malformed line state may hold some of them.
int parseInto(FeedState &state, QByteArrayView lines, int firstLine);

} // namespace FeedLines
