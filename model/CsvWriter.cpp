#include "CsvWriter.h"

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
