#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QIODevice>
#include <QStringList>
#include <QVector>

// Writes RFC 4180 CSV as UTF-8, a row at a time, for spreadsheets. The defaults are
// what opens right in Excel: a byte order mark, CRLF line ends and commas. A cell that
// a spreadsheet would run as a formula (it starts with = + - @, a tab or a CR) is made
// inert with a leading apostrophe (OWASP "CSV injection") unless raw output is asked for.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = true;
        bool crlf = true;
        bool neutralizeFormulas = true;
    };

    CsvWriter(QIODevice &out, const Options &options);

    // False when the device refused the bytes (disk full…); see errorString().
    bool writeRow(const QStringList &cells);
    // The same for cells given as UTF-8 (straight from SQLite), without converting them.
    bool writeRow(const QVector<QByteArrayView> &utf8Cells);
    QString errorString() const { return m_out.errorString(); }

    static QString neutralized(const QString &cell);
    static QString encoded(const QString &cell, QChar delimiter);

private:
    QIODevice &m_out;
    Options m_options;
    bool m_started = false;
    QByteArray m_line; // reused from row to row
};
