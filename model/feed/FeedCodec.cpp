#include "model/feed/FeedCodec.h"

#include "model/feed/FeedLines.h"
#include "model/feed/PassphraseNeeded.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <sodium.h>

namespace {

const QByteArray magic = QByteArrayLiteral("COALITION-FEED");

using FeedLines::escaped;
using FeedLines::parseNumber;
using FeedLines::unescaped;

constexpr int keyIterations = 100000;

QByteArray authenticate(const QByteArray &bytes, const QString &passphrase, const QByteArray &salt)
{
    const QByteArray key =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, passphrase.toUtf8(),
                                           QByteArray::fromHex(salt), keyIterations, 32);
    return QMessageAuthenticationCode::hash(bytes, key, QCryptographicHash::Sha256).toHex();
}

// Compares without stopping at the first difference, so timing tells nothing.
bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace

namespace FeedCodec {

QByteArray checksum(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray encode(const FeedState &state, int schemaVersion, const QString &passphrase,
                  const QString &team)
{
    int lines = 0;
    const QByteArray body = FeedLines::encode(state, &lines);
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

namespace {

// The feed's text with the passphrase's authentication checked and taken off.
QByteArray unsealed(const QByteArray &input, const QString &passphrase)
{
    QByteArray bytes = input;
    const int hmacLine = int(bytes.lastIndexOf("\nhmac\t"));
    if (hmacLine >= 0) {
        if (passphrase.isEmpty())
            throw PassphraseNeeded(PassphraseNeeded::Reason::Missing,
                                   QCoreApplication::translate(
                                       "FeedCodec", "This feed is protected by a team passphrase; "
                                                    "give it to sync. Nothing was changed."));
        const QByteArray signedPart = bytes.left(hmacLine + 1);
        const QByteArray given = bytes.mid(hmacLine + 6).trimmed();
        const int saltAt = int(signedPart.indexOf("\nsalt\t"));
        const QByteArray salt =
            saltAt < 0
                ? QByteArray()
                : signedPart.mid(saltAt + 6, signedPart.indexOf('\n', saltAt + 1) - saltAt - 6);
        if (!constantTimeEqual(given, authenticate(signedPart, passphrase, salt)))
            throw PassphraseNeeded(
                PassphraseNeeded::Reason::Wrong,
                QCoreApplication::translate("FeedCodec",
                                            "The team passphrase does not match this feed (or "
                                            "the feed was altered); nothing was changed."));
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

// The field lines after the header's "fields" line, which must count them. Header lines
// (schema, team, salt, and any a later format 1 adds) come before it; those this
// reader does not know are passed over.
FeedState parseFields(QByteArrayView content)
{
    const qsizetype line = content.indexOf("\nfields\t");
    const qsizetype end = line < 0 ? -1 : content.indexOf('\n', line + 1);
    int expected = -1;
    if (end < 0 || !parseNumber(content.sliced(line + 8, end - line - 8), expected))
        throw CoalitionError(QCoreApplication::translate(
            "FeedCodec", "The feed's header is damaged; nothing was changed."));
    const int headerLines = int(content.first(end).count('\n')) + 1;
    int fields = 0;
    FeedState state = FeedLines::parse(content.sliced(end + 1), headerLines + 1, &fields);
    if (expected != fields)
        throw CoalitionError(
            QCoreApplication::translate(
                "FeedCodec", "The feed is incomplete (%1 of %2 fields); nothing was changed.")
                .arg(fields)
                .arg(expected));
    return state;
}

} // namespace

bool isSigned(const QByteArray &bytes)
{
    return bytes.lastIndexOf("\nhmac\t") >= 0;
}

FeedState decode(const QByteArray &input, const QString &passphrase)
{
    const QByteArray bytes = unsealed(input, passphrase);
    const int end = checkedContentEnd(bytes);
    checkUtf8(bytes, end);
    // Read in place: a large feed has millions of cells.
    return parseFields(QByteArrayView(bytes.constData(), end));
}

} // namespace FeedCodec
