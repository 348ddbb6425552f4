#include "FeedCodec.h"

#include "StringPool.h"

#include "CoalitionError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringDecoder>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedCodec", text);
}

const QByteArray magic = QByteArrayLiteral("COALITION-FEED");
const QByteArray nullValue = QByteArrayLiteral("\\N");

QByteArray escaped(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
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

QString unescaped(const QByteArray &bytes, int line)
{
    QByteArray out;
    for (int i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\\') {
            out += bytes[i];
            continue;
        }
        if (++i >= bytes.size())
            throw CoalitionError(
                tr("The feed is damaged at line %1 (a lone backslash).").arg(line));
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
                tr("The feed is damaged at line %1 (an unknown escape).").arg(line));
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(out);
    if (utf8.hasError())
        throw CoalitionError(tr("The feed is damaged at line %1 (not UTF-8 text).").arg(line));
    return text;
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
        for (auto field = record->fields.cbegin(); field != record->fields.cend(); ++field) {
            body += escaped(record.key().first) + '\t' + escaped(record.key().second) + '\t' +
                    escaped(field.key()) + '\t' + QByteArray::number(field->stamp.wall) + '\t' +
                    QByteArray::number(field->stamp.counter) + '\t' + escaped(field->stamp.device) +
                    '\t' + escaped(field->author) + '\t' +
                    (field->value ? escaped(*field->value) : nullValue) + '\n';
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

FeedState decode(const QByteArray &input, const QString &passphrase)
{
    QByteArray bytes = input;
    const int hmacLine = int(bytes.lastIndexOf("\nhmac\t"));
    if (hmacLine >= 0) {
        if (passphrase.isEmpty())
            throw CoalitionError(tr("This feed is protected by a team passphrase; give it "
                                    "(--passphrase-file) to sync. Nothing was changed."));
        const QByteArray signedPart = bytes.left(hmacLine + 1);
        const QByteArray given = bytes.mid(hmacLine + 6).trimmed();
        const int saltAt = int(signedPart.indexOf("\nsalt\t"));
        const QByteArray salt =
            saltAt < 0
                ? QByteArray()
                : signedPart.mid(saltAt + 6, signedPart.indexOf('\n', saltAt + 1) - saltAt - 6);
        if (!constantTimeEqual(given, authenticate(signedPart, passphrase, salt)))
            throw CoalitionError(tr("The team passphrase does not match this feed (or the feed was "
                                    "altered); nothing was changed."));
        bytes = signedPart;
    } else if (!passphrase.isEmpty() && !bytes.isEmpty()) {
        throw CoalitionError(tr("This feed is not protected by the team passphrase you gave; "
                                "nothing was changed."));
    }
    if (bytes.isEmpty())
        throw CoalitionError(tr("The feed file is empty; nothing was changed."));
    const QList<QByteArray> header = bytes.left(bytes.indexOf('\n')).split('\t');
    if (header.value(0) != magic)
        throw CoalitionError(tr("This is not a Coalition feed; nothing was changed."));
    bool ok = false;
    const int version = header.value(1).toInt(&ok);
    if (!ok)
        throw CoalitionError(tr("The feed's header is damaged; nothing was changed."));
    if (version > formatVersion)
        throw CoalitionError(tr("The feed was written by a newer Coalition (format %1); update "
                                "Coalition to sync.")
                                 .arg(version));
    // The checksum line is last; everything before it must hash to it.
    const int end = int(bytes.lastIndexOf("sha256\t"));
    if (end < 0 || !bytes.endsWith('\n') ||
        bytes.mid(end + 7).trimmed() != checksum(bytes.left(end)))
        throw CoalitionError(tr("The feed is incomplete or damaged (its checksum does not match); "
                                "nothing was changed. Another laptop may be writing it: sync "
                                "again in a moment."));

    const QList<QByteArray> lines = bytes.left(end).split('\n');
    FeedState state;
    StringPool pool;
    int expected = -1;
    int fields = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split('\t');
        if (cells.first() == "fields") {
            expected = cells.value(1).toInt();
            continue;
        }
        // Header lines (schema, team, salt, and any a later format 1 adds) come before
        // "fields"; those this reader does not know are passed over.
        if (expected < 0 && cells.size() == 2)
            continue;
        if (cells.size() != 8)
            throw CoalitionError(tr("The feed is damaged at line %1.").arg(i + 1));
        bool wallOk = false, counterOk = false;
        FieldValue field;
        field.stamp.wall = cells[3].toLongLong(&wallOk);
        field.stamp.counter = cells[4].toUInt(&counterOk);
        if (!wallOk || !counterOk)
            throw CoalitionError(tr("The feed is damaged at line %1 (a bad stamp).").arg(i + 1));
        field.stamp.device = pool.shared(unescaped(cells[5], i + 1));
        field.author = pool.shared(unescaped(cells[6], i + 1));
        if (cells[7] != nullValue)
            field.value = unescaped(cells[7], i + 1);
        state[{pool.shared(unescaped(cells[0], i + 1)), unescaped(cells[1], i + 1)}].fields.insert(
            pool.shared(unescaped(cells[2], i + 1)), field);
        ++fields;
    }
    if (expected != fields)
        throw CoalitionError(tr("The feed is incomplete (%1 of %2 fields); nothing was changed.")
                                 .arg(fields)
                                 .arg(expected));
    return state;
}

} // namespace FeedCodec
