#include "model/interop/csv/CsvReader.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <optional>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
const char16_t windows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

} // namespace

CsvReader::CsvReader(const QByteArray &data, QChar delimiter)
{
    // In the body: m_encoding is declared (and default-initialised) after m_text.
    m_text = decode(data, &m_encoding);
    m_delimiter = delimiter.isNull() ? detectDelimiter(m_text) : delimiter;
}

namespace {

// UTF-16 without a byte order mark: text that is mostly ASCII has a NUL in every other
// byte, at odd offsets for little-endian and even ones for big-endian. UTF-8 and the
// 8-bit encodings never hold NUL in text.
std::optional<CsvReader::Encoding> utf16ByNuls(QByteArrayView bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 2)
        return std::nullopt;
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 ? odd : even);
    }
    const qsizetype pairs = sample / 2;
    if (odd * 10 >= pairs * 3 && even == 0)
        return CsvReader::Encoding::Utf16LittleEndian;
    if (even * 10 >= pairs * 3 && odd == 0)
        return CsvReader::Encoding::Utf16BigEndian;
    return std::nullopt;
}

QString decodedWith(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

} // namespace

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    Encoding found = Encoding::Utf8;
    QString text;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xFF\xFE")) {
        found = Encoding::Utf16LittleEndian;
        text = decodedWith(QStringDecoder::Utf16LE, bytes.sliced(2));
    } else if (bytes.startsWith("\xFE\xFF")) {
        found = Encoding::Utf16BigEndian;
        text = decodedWith(QStringDecoder::Utf16BE, bytes.sliced(2));
    } else if (const auto utf16 = utf16ByNuls(bytes)) {
        found = *utf16;
        text = decodedWith(found == Encoding::Utf16LittleEndian ? QStringDecoder::Utf16LE
                                                                : QStringDecoder::Utf16BE,
                           bytes);
    } else {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(bytes);
        if (utf8.hasError()) {
            // Windows-1252 differs from ISO-8859-1 only in 0x80–0x9F, which ISO-8859-1
            // leaves to control characters no spreadsheet writes: any byte there that
            // Windows-1252 defines makes the file Windows-1252.
            found = Encoding::Latin1;
            text.clear();
            text.reserve(bytes.size());
            for (const char c : bytes) {
                const auto byte = static_cast<unsigned char>(c);
                if (byte >= 0x80 && byte < 0xA0 && windows1252High[byte - 0x80] != 0xFFFD) {
                    found = Encoding::Windows1252;
                    text += QChar(windows1252High[byte - 0x80]);
                } else {
                    text += QChar(byte);
                }
            }
        }
    }
    if (encoding)
        *encoding = found;
    return text;
}

QString CsvReader::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LittleEndian:
    case Encoding::Utf16BigEndian:
        return QStringLiteral("UTF-16");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case Encoding::Latin1:
        break;
    }
    return QStringLiteral("ISO-8859-1");
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break; // the header line decides
        for (int i = 0; i < 3; ++i)
            counts[i] += !quoted && c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

void CsvReader::rewind()
{
    m_position = 0;
    m_line = 1;
    m_rowLine = 0;
    m_row.clear();
}

bool CsvReader::next()
{
    m_row.clear();
    if (m_position >= m_text.size())
        return false;
    m_rowLine = m_line;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    const int size = int(m_text.size());
    while (m_position < size) {
        const QChar c = m_text.at(m_position++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_position < size && m_text.at(m_position) == QLatin1Char('"')) {
                    cell += c;
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == m_delimiter) {
            m_row << cell;
            cell.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && m_position < size &&
                m_text.at(m_position) == QLatin1Char('\n'))
                ++m_position;
            ++m_line;
            m_row << cell;
            return true;
        } else {
            cell += c;
        }
    }
    if (quoted)
        throw CoalitionError(QCoreApplication::translate("CsvReader",
                                                         "Line %1: a quoted cell is never closed "
                                                         "(a \" is missing).")
                                 .arg(m_rowLine));
    m_row << cell;
    return true;
}
