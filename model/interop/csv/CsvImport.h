#pragma once

#include "model/interop/csv/CsvReader.h"
#include "model/interop/csv/ImportMapping.h"
#include "model/interop/csv/ImportMatcher.h"
#include "model/interop/csv/SpreadsheetDates.h"

#include <QByteArray>
#include <QHash>
#include <QVector>

class Database;
class FieldCatalogue;
class RecordChanges;

// Imports contacts, organizations or action items from a spreadsheet's CSV, all or
// nothing. A row whose id matches a record updates it, writing only the fields that
// differ, so export → edit in a spreadsheet → import is a bulk edit. Other rows are
// matched to a record already there (ImportMatcher: email, phone, website, name; an
// action item's title, campaign and date); the policy says whether a match is updated,
// skipped or imported as a new record. Any bad row (reported by line)
// rejects the whole file and nothing is written. Dates are read as spreadsheets write
// them, in one order for the whole file (SpreadsheetDates). A dry run does everything the import
// would, then rolls it back, so its counts are exact.
class CsvImport
{
public:
    enum class OnMatch
    {
        Update,
        Skip,
        Create
    };

    // What the person chose; the defaults are the command line's.
    struct Options
    {
        OnMatch onMatch = OnMatch::Update;
        bool dryRun = false;
        // The order of slashed dates when the file does not tell (SpreadsheetDates).
        SpreadsheetDates::Order dateOrder = SpreadsheetDates::Order::Unknown;
        // The mapping as the person edited it in the preview (or --map): column (from 0)
        // -> the field's CSV name, "" to leave the column out. Other columns map by their
        // headers.
        QHash<int, QString> columnFields;
        // Where to note what the import created and changed, for undo (the window).
        RecordChanges *changes = nullptr;
    };

    // Rows of the file the preview shows.
    static constexpr int previewRows = 20;

    struct Problem
    {
        int line = 0;
        QString message;
    };

    // A row without a Coalition id that stands for a record already there (or one an
    // earlier row created): updated, skipped or added anyway, as the policy says.
    struct Match
    {
        int line = 0;
        QString name;
        ImportMatcher::Match::By by = ImportMatcher::Match::By::Name;
    };

    struct Result
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        int organizationsCreated = 0; // named in contact or action rows, not yet known
        QVector<Problem> rejected;
        QVector<Match> matches;
        QString mapping; // "E-mail → email, …"
        QStringList headers;
        QStringList columnFields;       // per column, the field it feeds or ""
        QVector<QStringList> firstRows; // the first previewRows rows, as the file has them
        QStringList ignoredColumns;
        CsvReader::Encoding encoding = CsvReader::Encoding::Utf8;
        QChar delimiter;
        bool written = false; // false for a dry run or when any row was rejected
        // The file's slashed dates do not tell day/month from month/day and no order was
        // given: nothing was read past the header; ambiguousDate is one such date.
        bool dateOrderNeeded = false;
        QString ambiguousDate;
        SpreadsheetDates::Order dateOrder = SpreadsheetDates::Order::Unknown; // the one used
    };

    // dateOrder: the order of slashed dates when the file does not tell (SpreadsheetDates).
    // "line 3: Afshana Rahman (same name), line 7: …", at most limit of them, for the
    // preview and the command line; "" when no row matched.
    static QString describeMatches(const Result &result, int limit = 10);

    static Result run(Database &database, EntityKind table, const QByteArray &data,
                      const Options &options);
    // Reads only the header and the first rows: the encoding, delimiter, headers, what each
    // column imports as and firstRows, for a preview that shows them even when the import
    // itself would stop at the header (no name column yet). Throws CoalitionError for an
    // empty file or a column choice the table cannot take.
    static Result inspect(EntityKind table, const QByteArray &data, const FieldCatalogue &catalogue,
                          const QHash<int, QString> &columnFields = {});
    static Result run(Database &database, EntityKind table, const QByteArray &data, OnMatch onMatch,
                      bool dryRun,
                      SpreadsheetDates::Order dateOrder = SpreadsheetDates::Order::Unknown);
};
