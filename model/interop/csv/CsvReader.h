#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

// Reads RFC 4180 CSV as spreadsheets save it. The text is UTF-8 (with or without a byte
// order mark) or, when it is not valid UTF-8, Windows-1252; the delimiter (comma,
// semicolon or tab) is taken from the first line unless given. Each row knows the line
// it starts on, so a bad row can be reported as "line 12". Quoted cells may hold the
// delimiter, quotes ("") and line breaks.
class CsvReader
{
public:
    enum class Encoding
    {
        Utf8,
        Windows1252
    };

    explicit CsvReader(const QByteArray &data, QChar delimiter = QChar());

    // Reads the next row; false at the end. Throws CoalitionError for a quote left open.
    bool next();
    QStringList row() const { return m_row; }
    int line() const { return m_rowLine; }

    Encoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    static QString decode(const QByteArray &data, Encoding *encoding = nullptr);
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
