#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

// Reads RFC 4180 CSV as spreadsheets save it. The text is UTF-8 (with or without a byte
// order mark), UTF-16 (Excel's "Unicode text": with a byte order mark, or without one,
// told by its NUL bytes), or, when it is none of those, Windows-1252 or ISO-8859-1; the
// delimiter (comma, semicolon or tab) is taken from the first line unless given. Each row knows the
// line it starts on, so a bad row can be reported as "line 12". Quoted cells may hold the
// delimiter, quotes ("") and line breaks.
class CsvReader
{
public:
    enum class Encoding
    {
        Utf8,
        Utf16LittleEndian,
        Utf16BigEndian,
        Windows1252,
        Latin1 // ISO-8859-1
    };

    explicit CsvReader(const QByteArray &data, QChar delimiter = QChar());

    // Reads the next row; false at the end. Throws CoalitionError for a quote left open.
    bool next();
    QStringList row() const { return m_row; }
    // Back to the first row, for a second pass over the file.
    void rewind();
    int line() const { return m_rowLine; }

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    static QString decode(const QByteArray &data, Encoding *encoding = nullptr);
    // "UTF-8", "UTF-16", "Windows-1252", "ISO-8859-1": for messages.
    static QString name(Encoding encoding);
    static QChar detectDelimiter(const QString &text);

private:
    QString m_text;
    int m_position = 0;
    int m_line = 1;
    int m_rowLine = 0;
    QStringList m_row;
    QChar m_delimiter;
    Encoding m_encoding = Encoding::Utf8;
};
