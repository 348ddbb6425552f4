#include "model/interop/csv/CsvWriter.h"

CsvWriter::CsvWriter(QIODevice &out, const Options &options) : m_out(out), m_options(options) {}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QByteArray line;
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            line += QByteArrayLiteral("\xEF\xBB\xBF");
    }
    QString text;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += m_options.delimiter;
        const QString cell = m_options.neutralizeFormulas ? neutralized(cells.at(i)) : cells.at(i);
        text += encoded(cell, m_options.delimiter);
    }
    text += m_options.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    line += text.toUtf8();
    return m_out.write(line) == line.size();
}

QString CsvWriter::neutralized(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return triggers.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::encoded(const QString &cell, QChar delimiter)
{
    const bool needsQuotes = cell.contains(delimiter) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QVector<QByteArrayView> &utf8Cells)
{
    // The same rules as the QString row above, on bytes: the delimiter, the quote and
    // the line breaks are ASCII, so they are never part of a longer UTF-8 sequence.
    const char delimiter = m_options.delimiter.toLatin1();
    m_line.clear();
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_line += QByteArrayLiteral("\xEF\xBB\xBF");
    }
    for (qsizetype i = 0; i < utf8Cells.size(); ++i) {
        if (i > 0)
            m_line += delimiter;
        const QByteArrayView cell = utf8Cells.at(i);
        const bool formula = m_options.neutralizeFormulas && !cell.isEmpty() &&
                             QByteArrayView("=+-@\t\r").contains(cell.front());
        bool quote = false;
        for (const char c : cell)
            quote = quote || c == delimiter || c == '"' || c == '\n' || c == '\r';
        if (!quote) {
            if (formula)
                m_line += '\'';
            m_line += cell;
            continue;
        }
        m_line += '"';
        if (formula)
            m_line += '\'';
        for (const char c : cell) {
            if (c == '"')
                m_line += '"';
            m_line += c;
        }
        m_line += '"';
    }
    m_line += m_options.crlf ? QByteArrayView("\r\n") : QByteArrayView("\n");
    return m_out.write(m_line) == m_line.size();
}
