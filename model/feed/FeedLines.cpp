#include "model/feed/FeedLines.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/StringPool.h"

#include <QCoreApplication>

namespace {

const QByteArray nullValue = QByteArrayLiteral("\\N");

// Splits a field line into its cells; 9 means too many.
int splitCells(QByteArrayView line, QByteArrayView (&cells)[8])
{
    int count = 0;
    for (qsizetype from = 0;;) {
        const qsizetype tab = line.indexOf('\t', from);
        if (count == 8)
            return 9;
        cells[count++] = line.sliced(from, (tab < 0 ? line.size() : tab) - from);
        if (tab < 0)
            return count;
        from = tab + 1;
    }
}

} // namespace

namespace FeedLines {

void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    bool plain = true;
    for (const char c : utf8)
        plain = plain && c != '\\' && c != '\t' && c != '\n' && c != '\r';
    if (plain) {
        out.append(utf8); // nearly every value
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QByteArray escaped(const QString &text)
{
    QByteArray out;
    appendEscaped(out, text.toUtf8());
    return out;
}

void appendLine(QByteArray &out, const LineCells &cells)
{
    appendEscaped(out, cells.entity);
    out.append('\t');
    appendEscaped(out, cells.recordId);
    out.append('\t');
    appendEscaped(out, cells.field);
    out.append('\t').append(QByteArray::number(cells.wall)).append('\t');
    out.append(QByteArray::number(cells.counter)).append('\t');
    appendEscaped(out, cells.device);
    out.append('\t');
    appendEscaped(out, cells.author);
    out.append('\t');
    if (cells.value)
        appendEscaped(out, *cells.value);
    else
        out.append(nullValue);
    out.append('\n');
}

// The lines are checked to be UTF-8 before their cells are read, and escapes only make
// ASCII, so a cell's bytes convert without a second check.
QString unescaped(QByteArrayView bytes, int line)
{
    if (!bytes.contains('\\'))
        return QString::fromUtf8(bytes);
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\\') {
            out += bytes[i];
            continue;
        }
        if (++i >= bytes.size())
            throw CoalitionError(
                QCoreApplication::translate("FeedCodec",
                                            "The feed is damaged at line %1 (a lone backslash).")
                    .arg(line));
        switch (bytes[i]) {
        case '\\':
            out += '\\';
            break;
        case 't':
            out += '\t';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        default:
            throw CoalitionError(
                QCoreApplication::translate("FeedCodec",
                                            "The feed is damaged at line %1 (an unknown escape).")
                    .arg(line));
        }
    }
    return QString::fromUtf8(out);
}

QByteArray encode(const FeedState &state, int *lineCount)
{
    QByteArray body;
    int lines = 0;
    for (auto record = state.cbegin(); record != state.cend(); ++record) {
        const QByteArray entity = record.key().first.toUtf8();
        const QByteArray id = record.key().second.toUtf8();
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            const QByteArray name = field.key().toUtf8();
            const QByteArray device = field->stamp.device.toUtf8();
            const QByteArray author = field->author.toUtf8();
            const QByteArray value = field->value ? field->value->toUtf8() : QByteArray();
            const QByteArrayView valueView = value;
            appendLine(body, {entity, id, name, field->stamp.wall, field->stamp.counter, device,
                              author, field->value ? &valueView : nullptr});
            ++lines;
        }
    }
    if (lineCount)
        *lineCount = lines;
    return body;
}

FeedState parse(QByteArrayView content, int firstLine, int *lineCount)
{
    FeedState state;
    const int fields = parseInto(state, content, firstLine);
    if (lineCount)
        *lineCount = fields;
    return state;
}

int parseInto(FeedState &state, QByteArrayView content, int firstLine)
{
    StringPool pool;
    int fields = 0;
    int lineNumber = firstLine - 1;
    RecordKey currentKey;
    FeedRecord *current = nullptr; // lines come record by record: one lookup per record
    for (qsizetype at = 0; at < content.size();) {
        qsizetype next = content.indexOf('\n', at);
        if (next < 0)
            next = content.size();
        const QByteArrayView line = content.sliced(at, next - at);
        at = next + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QByteArrayView cells[8];
        if (splitCells(line, cells) != 8)
            throw CoalitionError(
                QCoreApplication::translate("FeedCodec", "The feed is damaged at line %1.")
                    .arg(lineNumber));
        FieldValue field;
        if (!parseNumber(cells[3], field.stamp.wall) || !parseNumber(cells[4], field.stamp.counter))
            throw CoalitionError(QCoreApplication::translate(
                                     "FeedCodec", "The feed is damaged at line %1 (a bad stamp).")
                                     .arg(lineNumber));
        field.stamp.device = pool.shared(unescaped(cells[5], lineNumber));
        field.author = pool.shared(unescaped(cells[6], lineNumber));
        if (cells[7] != nullValue)
            field.value = unescaped(cells[7], lineNumber);
        RecordKey key{pool.shared(unescaped(cells[0], lineNumber)),
                      unescaped(cells[1], lineNumber)};
        if (!current || key != currentKey) {
            current = &state[key];
            currentKey = std::move(key);
        }
        current->fields.insert(pool.shared(unescaped(cells[2], lineNumber)), field);
        ++fields;
    }
    return fields;
}

} // namespace FeedLines
