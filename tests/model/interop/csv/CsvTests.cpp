#include "model/domain/CoalitionError.h"
#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvReader.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/ActionItemRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QStringEncoder>

#include <QBuffer>
#include <QRandomGenerator>
#include <QSaveFile>

namespace {

QByteArray write(const QVector<QStringList> &rows, const CsvWriter::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, options);
    for (const QStringList &row : rows)
        REQUIRE(writer.writeRow(row));
    return buffer.data();
}

QVector<QStringList> read(const QByteArray &data, QChar delimiter = QChar())
{
    CsvReader reader(data, delimiter);
    QVector<QStringList> rows;
    while (reader.next())
        rows << reader.row();
    return rows;
}

CsvWriter::Options raw()
{
    CsvWriter::Options options;
    options.neutralizeFormulas = false;
    return options;
}

// Any Unicode scalar value except NUL and lone surrogates.
QString randomText(QRandomGenerator &random)
{
    const int length = int(random.bounded(0, 40));
    QString text;
    for (int i = 0; i < length; ++i) {
        char32_t code;
        switch (random.bounded(4)) {
        case 0:
            code = char32_t(random.bounded(1, 0x80)); // ASCII, controls and CSV syntax included
            break;
        case 1:
            code = QStringLiteral(",\"\r\n;\t=+-@").at(int(random.bounded(11))).unicode();
            break;
        case 2:
            code = char32_t(random.bounded(0x80, 0xD800));
            break;
        default:
            code = char32_t(random.bounded(0x10000, 0x110000)); // emoji and other astral planes
            break;
        }
        text += QString::fromUcs4(&code, 1);
    }
    return text;
}

const QStringList hostile = {
    QStringLiteral("plain"),
    QStringLiteral("comma, inside"),
    QStringLiteral("quote \" inside"),
    QStringLiteral("\"fully quoted\""),
    QStringLiteral("CR\rinside"),
    QStringLiteral("LF\ninside"),
    QStringLiteral("CRLF\r\ninside"),
    QStringLiteral("=1+2"),
    QStringLiteral("+1"),
    QStringLiteral("-1"),
    QStringLiteral("@SUM(A1)"),
    QStringLiteral("\tTab first"),
    QStringLiteral("\rCR first"),
    QStringLiteral("=1+2\";=1+2"),
    QStringLiteral("\u202Eevil"),
    QStringLiteral("Soobleej Kaub Hawj 🙏🏽"),
    QStringLiteral("e\u0301\u0301 combining"),
    QString(),
    QStringLiteral(" spaces "),
    QStringLiteral("semi;colon"),
};

} // namespace

TEST_CASE("Hostile cells survive the writer and the reader unchanged in raw mode", "[csv]")
{
    QVector<QStringList> rows = {hostile,
                                 {QString(100 * 1024, QLatin1Char('x')) + QStringLiteral("\",\n")}};
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        CsvWriter::Options options = raw();
        options.delimiter = delimiter;
        CHECK(read(write(rows, options), delimiter) == rows);
    }
}

TEST_CASE("Ten thousand random Unicode rows round-trip through the writer and the reader", "[csv]")
{
    QRandomGenerator random(20211215);
    QVector<QStringList> rows;
    for (int i = 0; i < 10000; ++i) {
        QStringList row;
        for (int cell = 0; cell < 3; ++cell)
            row << randomText(random);
        rows << row;
    }
    const QByteArray data = write(rows, raw());
    CHECK(data.startsWith("\xEF\xBB\xBF"));
    CHECK(read(data, QLatin1Char(',')) == rows);
}

TEST_CASE("Rows given as UTF-8 bytes are written exactly as the same rows given as text", "[csv]")
{
    QRandomGenerator random(7);
    QVector<QStringList> rows = {hostile};
    for (int i = 0; i < 2000; ++i)
        rows << QStringList{randomText(random), randomText(random), hostile.at(i % hostile.size())};
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        for (const bool neutralize : {true, false}) {
            CsvWriter::Options options;
            options.delimiter = delimiter;
            options.neutralizeFormulas = neutralize;
            QBuffer asBytes;
            asBytes.open(QIODevice::WriteOnly);
            CsvWriter bytesWriter(asBytes, options);
            for (const QStringList &row : rows) {
                QVector<QByteArray> utf8;
                for (const QString &cell : row)
                    utf8 << cell.toUtf8();
                const QVector<QByteArrayView> views(utf8.cbegin(), utf8.cend());
                REQUIRE(bytesWriter.writeRow(views));
            }
            CHECK(asBytes.data() == write(rows, options));
        }
    }
}

TEST_CASE("Formulas are made inert by default and kept as they are when raw", "[csv]")
{
    const QByteArray data = write({hostile}, CsvWriter::Options());
    const QStringList cells = read(data).first();
    CHECK(cells.at(7) == QLatin1String("'=1+2"));
    CHECK(cells.at(8) == QLatin1String("'+1"));
    CHECK(cells.at(9) == QLatin1String("'-1"));
    CHECK(cells.at(10) == QLatin1String("'@SUM(A1)"));
    CHECK(cells.at(11) == QLatin1String("'\tTab first"));
    CHECK(cells.at(12) == QLatin1String("'\rCR first"));
    CHECK(cells.at(0) == QLatin1String("plain"));
    CHECK(cells.at(17).isEmpty());
    CHECK(read(write({hostile}, raw())).first().at(7) == QLatin1String("=1+2"));
}

TEST_CASE("The writer uses CRLF and a byte order mark unless told otherwise", "[csv]")
{
    CHECK(write({{QStringLiteral("a"), QStringLiteral("b")}}, CsvWriter::Options()) ==
          QByteArray("\xEF\xBB\xBF"
                     "a,b\r\n"));
    CsvWriter::Options unix;
    unix.byteOrderMark = false;
    unix.crlf = false;
    unix.delimiter = QLatin1Char(';');
    CHECK(write({{QStringLiteral("a;1"), QStringLiteral("b")}}, unix) == QByteArray("\"a;1\";b\n"));
}

TEST_CASE("The reader detects Windows-1252 and the delimiter and reports line numbers", "[csv]")
{
    // "Jesús;Señora" as a Windows spreadsheet saves it, with a curly quote (0x93).
    const QByteArray latin = "name;note\r\nJes\xFAs;\x93Se\xF1ora\x94\r\n";
    CsvReader reader(latin);
    CHECK(reader.encoding() == CsvReader::Encoding::Windows1252);
    CHECK(reader.delimiter() == QLatin1Char(';'));
    REQUIRE(reader.next());
    REQUIRE(reader.next());
    CHECK(reader.row() == QStringList{QStringLiteral("Jesús"), QStringLiteral("“Señora”")});
    CHECK(reader.line() == 2);

    const QByteArray multiline = "a\tb\n\"one\ntwo\"\tx\nlast\ty\n";
    CsvReader lines(multiline);
    CHECK(lines.delimiter() == QLatin1Char('\t'));
    QVector<int> starts;
    while (lines.next())
        starts << lines.line();
    CHECK(starts == QVector<int>{1, 2, 4});
    CHECK(CsvReader(QByteArray("\xEF\xBB\xBFid,name\n")).encoding() == CsvReader::Encoding::Utf8);
}

TEST_CASE("The reader reads UTF-16 with or without a byte order mark and tells ISO-8859-1 "
          "from Windows-1252",
          "[csv]")
{
    const QString text = QStringLiteral("name\tnote\r\nJesús\t“Señora” 한국\r\n");
    const QStringList second = {QStringLiteral("Jesús"), QStringLiteral("“Señora” 한국")};
    auto utf16 = [&](QStringEncoder::Encoding encoding, bool bom) {
        QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom
                                             : QStringEncoder::Flag::Default);
        return QByteArray(encoder.encode(text));
    };
    struct Case
    {
        QByteArray bytes;
        CsvReader::Encoding encoding;
    };
    // Excel's "Unicode text" is little-endian with a byte order mark.
    const QVector<Case> cases = {
        {utf16(QStringEncoder::Utf16LE, true), CsvReader::Encoding::Utf16LittleEndian},
        {utf16(QStringEncoder::Utf16LE, false), CsvReader::Encoding::Utf16LittleEndian},
        {utf16(QStringEncoder::Utf16BE, true), CsvReader::Encoding::Utf16BigEndian},
        {utf16(QStringEncoder::Utf16BE, false), CsvReader::Encoding::Utf16BigEndian},
        {text.toUtf8(), CsvReader::Encoding::Utf8},
    };
    for (const Case &one : cases) {
        CsvReader reader(one.bytes);
        CHECK(reader.encoding() == one.encoding);
        CHECK(reader.delimiter() == QLatin1Char('\t'));
        REQUIRE(reader.next());
        CHECK(reader.row() == QStringList{QStringLiteral("name"), QStringLiteral("note")});
        REQUIRE(reader.next());
        CHECK(reader.row() == second);
        CHECK_FALSE(reader.next());
    }
    CHECK(CsvReader::name(CsvReader::Encoding::Utf16LittleEndian) == QLatin1String("UTF-16"));

    // Accents only (no byte in 0x80–0x9F): ISO-8859-1, which reads the same.
    const QByteArray latin1 = "name;city\nJos\xE9;Bogot\xE1\n";
    CsvReader plain(latin1);
    CHECK(plain.encoding() == CsvReader::Encoding::Latin1);
    REQUIRE(plain.next());
    REQUIRE(plain.next());
    CHECK(plain.row() == QStringList{QStringLiteral("José"), QStringLiteral("Bogotá")});
    CHECK(CsvReader::name(plain.encoding()) == QLatin1String("ISO-8859-1"));
}

TEST_CASE("A quote left open is reported with the line it starts on", "[csv]")
{
    CsvReader reader(QByteArray("id,name\n1,ok\n2,\"never closed\n3,x\n"));
    REQUIRE(reader.next());
    REQUIRE(reader.next());
    CHECK_THROWS_WITH(reader.next(), Catch::Contains("Line 3"));
}

TEST_CASE("A cancelled export into a save file leaves no file behind", "[csv]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    {
        Transaction transaction(*t.database);
        ActionItemRepository actions(*t.database);
        for (int i = 0; i < 5000; ++i) {
            ActionItem item;
            item.title = QStringLiteral("Phone bank shift %1").arg(i);
            actions.create(item);
        }
        transaction.commit();
    }
    const QString path = t.file(QStringLiteral("big.csv"));
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    CsvWriter writer(file, CsvWriter::Options());
    int calls = 0;
    CHECK_THROWS_WITH(CsvExport::write(*t.database, EntityKind::ActionItem, {}, {}, writer,
                                       [&](int) { return ++calls < 1; }),
                      Catch::Contains("cancelled"));
    file.cancelWriting();
    CHECK_FALSE(QFile::exists(path));

    QSaveFile complete(path);
    REQUIRE(complete.open(QIODevice::WriteOnly));
    CsvWriter fullWriter(complete, CsvWriter::Options());
    CHECK(CsvExport::write(*t.database, EntityKind::ActionItem, {}, {}, fullWriter) ==
          ActionItemRepository(*t.database).count());
    REQUIRE(complete.commit());
    CHECK(QFile::exists(path));
    CHECK_THROWS_WITH(CsvExport::checkColumns(EntityKind::Contact, {QStringLiteral("title")}),
                      Catch::Contains("no column \"title\""));
}
