#include "model/feed/FeedCodec.h"

#include "model/domain/StringPool.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <charconv>

namespace {

const QByteArray magic = QByteArrayLiteral("COALITION-FEED");
const QByteArray nullValue = QByteArrayLiteral("\\N");

QByteArray escaped(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool plain = true;
    for (const char c : utf8)
        plain = plain && c != '\\' && c != '\t' && c != '\n' && c != '\r';
    if (plain)
        return utf8; // nearly every value
    QByteArray out;
    out.reserve(utf8.size() + 8);
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
    return out;
}

// The whole feed is checked to be UTF-8 before its cells are read, and escapes only
// make ASCII, so a cell's bytes convert without a second check.
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

// A whole number that is the whole cell (from_chars takes no sign or spaces we do not write).
template<typename Number> bool parseNumber(QByteArrayView cell, Number &into)
{
    const char *end = cell.data() + cell.size();
    const auto [stop, error] = std::from_chars(cell.data(), end, into);
    return error == std::errc() && stop == end && !cell.isEmpty();
}

constexpr int keyIterations = 100000;

QByteArray authenticate(const QByteArray &bytes, const QString &passphrase, const QByteArray &salt)
{
    const QByteArray key =
        FeedCodec::pbkdf2(passphrase.toUtf8(), QByteArray::fromHex(salt), keyIterations, 32);
    return QMessageAuthenticationCode::hash(bytes, key, QCryptographicHash::Sha256).toHex();
}

// Compares without stopping at the first difference, so timing tells nothing.
bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (int i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

namespace FeedCodec {

QByteArray checksum(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray key;
    for (quint32 block = 1; key.size() < length; ++block) {
        QByteArray index(4, '\0');
        index[0] = char(block >> 24);
        index[1] = char(block >> 16);
        index[2] = char(block >> 8);
        index[3] = char(block);
        QByteArray u =
            QMessageAuthenticationCode::hash(salt + index, password, QCryptographicHash::Sha256);
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            u = QMessageAuthenticationCode::hash(u, password, QCryptographicHash::Sha256);
            for (int j = 0; j < t.size(); ++j)
                t[j] = char(t[j] ^ u[j]);
        }
        key += t;
    }
    return key.left(length);
}

QByteArray encode(const FeedState &state, int schemaVersion, const QString &passphrase,
                  const QString &team)
{
    QByteArray body;
    int lines = 0;
    for (auto record = state.cbegin(); record != state.cend(); ++record) {
        const QByteArray entity = escaped(record.key().first);
        const QByteArray id = escaped(record.key().second);
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            body.append(entity).append('\t').append(id).append('\t');
            body.append(escaped(field.key())).append('\t');
            body.append(QByteArray::number(field->stamp.wall)).append('\t');
            body.append(QByteArray::number(field->stamp.counter)).append('\t');
            body.append(escaped(field->stamp.device)).append('\t');
            body.append(escaped(field->author)).append('\t');
            body.append(field->value ? escaped(*field->value) : nullValue).append('\n');
            ++lines;
        }
    }
    QByteArray out = magic + '\t' + QByteArray::number(formatVersion) + '\n';
    out += "schema\t" + QByteArray::number(schemaVersion) + '\n';
    if (!team.isEmpty())
        out += "team\t" + escaped(team) + '\n';
    QByteArray salt;
    if (!passphrase.isEmpty()) {
        // The salt depends on the passphrase only, so the same state still gives the same bytes.
        salt = QCryptographicHash::hash("coalition-feed-salt:" + passphrase.toUtf8(),
                                        QCryptographicHash::Sha256)
                   .left(16)
                   .toHex();
        out += "salt\t" + salt + '\n';
    }
    out += "fields\t" + QByteArray::number(lines) + '\n';
    out += body;
    out += "sha256\t" + checksum(out) + '\n';
    if (!passphrase.isEmpty())
        out += "hmac\t" + authenticate(out, passphrase, salt) + '\n';
    return out;
}

QByteArray embeddedChecksum(const QByteArray &bytes)
{
    const qsizetype line = bytes.lastIndexOf("sha256\t");
    return line < 0 ? QByteArray() : bytes.mid(line + 7, 64);
}

QString teamOf(const QByteArray &bytes)
{
    for (int start = 0; start < bytes.size();) {
        int end = int(bytes.indexOf('\n', start));
        if (end < 0)
            end = int(bytes.size());
        const QByteArray line = bytes.mid(start, end - start);
        if (line.startsWith("fields\t"))
            break;
        if (line.startsWith("team\t"))
            return unescaped(line.mid(5), 0);
        start = end + 1;
    }
    return {};
}

namespace {

// The feed's text with the passphrase's authentication checked and taken off.
QByteArray unsealed(const QByteArray &input, const QString &passphrase)
{
    QByteArray bytes = input;
    const int hmacLine = int(bytes.lastIndexOf("\nhmac\t"));
    if (hmacLine >= 0) {
        if (passphrase.isEmpty())
            throw CoalitionError(QCoreApplication::translate(
                "FeedCodec", "This feed is protected by a team passphrase; give it "
                             "(--passphrase-file) to sync. Nothing was changed."));
        const QByteArray signedPart = bytes.left(hmacLine + 1);
        const QByteArray given = bytes.mid(hmacLine + 6).trimmed();
        const int saltAt = int(signedPart.indexOf("\nsalt\t"));
        const QByteArray salt =
            saltAt < 0
                ? QByteArray()
                : signedPart.mid(saltAt + 6, signedPart.indexOf('\n', saltAt + 1) - saltAt - 6);
        if (!constantTimeEqual(given, authenticate(signedPart, passphrase, salt)))
            throw CoalitionError(QCoreApplication::translate(
                "FeedCodec", "The team passphrase does not match this feed (or the feed was "
                             "altered); nothing was changed."));
        bytes = signedPart;
    } else if (!passphrase.isEmpty() && !bytes.isEmpty()) {
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "This feed is not protected by the team passphrase you gave; "
                         "nothing was changed."));
    }
    return bytes;
}

// Checks the header (magic, format) and the checksum; returns where the checksum line
// starts, the end of the content.
int checkedContentEnd(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed file is empty; nothing was changed."));
    const QList<QByteArray> header = bytes.left(bytes.indexOf('\n')).split('\t');
    if (header.value(0) != magic)
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "This is not a Coalition feed; nothing was changed."));
    bool ok = false;
    const int version = header.value(1).toInt(&ok);
    if (!ok)
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed's header is damaged; nothing was changed."));
    if (version > formatVersion)
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedCodec",
                                 "The feed was written by a newer Coalition (format %1); update "
                                 "Coalition to sync.")
                                 .arg(version));
    // The checksum line is last; everything before it must hash to it.
    const int end = int(bytes.lastIndexOf("sha256\t"));
    if (end < 0 || !bytes.endsWith('\n') ||
        bytes.mid(end + 7).trimmed() != checksum(bytes.left(end)))
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed is incomplete or damaged (its checksum does not match); "
                         "nothing was changed. Another laptop may be writing it: sync "
                         "again in a moment."));

    return end;
}

void checkUtf8(const QByteArray &bytes, int end)
{
    const QByteArrayView content(bytes.constData(), end);
    if (!content.isValidUtf8()) {
        int line = 1;
        for (const QByteArray &text : bytes.left(end).split('\n')) {
            if (!QByteArrayView(text).isValidUtf8())
                break;
            ++line;
        }
        throw CoalitionError(QCoreApplication::translate(
                                 "FeedCodec", "The feed is damaged at line %1 (not UTF-8 text).")
                                 .arg(line));
    }
}

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

FeedState parseFields(QByteArrayView content)
{
    FeedState state;
    StringPool pool;
    int expected = -1;
    int fields = 0;
    int lineNumber = 1;
    RecordKey currentKey;
    FeedRecord *current = nullptr; // lines come record by record: one lookup per record
    for (qsizetype at = content.indexOf('\n') + 1; at > 0 && at < content.size();) {
        qsizetype next = content.indexOf('\n', at);
        if (next < 0)
            next = content.size();
        const QByteArrayView line = content.sliced(at, next - at);
        at = next + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QByteArrayView cells[8];
        const int count = splitCells(line, cells);
        if (cells[0] == "fields") {
            int number = -1;
            expected = count > 1 && parseNumber(cells[1], number) ? number : -2;
            continue;
        }
        // Header lines (schema, team, salt, and any a later format 1 adds) come before
        // "fields"; those this reader does not know are passed over.
        if (expected < 0 && count == 2)
            continue;
        if (count != 8)
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
    if (expected != fields)
        throw CoalitionError(
            QCoreApplication::translate(
                "FeedCodec", "The feed is incomplete (%1 of %2 fields); nothing was changed.")
                .arg(fields)
                .arg(expected));
    return state;
}

} // namespace

FeedState decode(const QByteArray &input, const QString &passphrase)
{
    const QByteArray bytes = unsealed(input, passphrase);
    const int end = checkedContentEnd(bytes);
    checkUtf8(bytes, end);
    // Read in place: a large feed has millions of cells.
    return parseFields(QByteArrayView(bytes.constData(), end));
}

} // namespace FeedCodec
