#include "model/interop/csv/CsvReader.h"

#include "model/domain/CoalitionError.h"

#include <QCoreApplication>
#include <QStringDecoder>

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

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encoding)
            *encoding = Encoding::Utf8;
        return text;
    }
    if (encoding)
        *encoding = Encoding::Windows1252;
    text.clear();
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        text += byte >= 0x80 && byte < 0xA0 ? QChar(windows1252High[byte - 0x80]) : QChar(byte);
    }
    return text;
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
