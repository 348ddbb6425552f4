#include "model/interop/csv/CsvImport.h"

#include "model/domain/FieldCatalogue.h"

#include "model/interop/csv/CsvRowImporter.h"
#include "model/interop/csv/ImportMatcher.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/storage/DeferredSearchIndex.h"
#include "model/storage/PageCacheScope.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/Statement.h"
#include "model/storage/StorageError.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QUrl>
#include <optional>

namespace {

// The headers an import of the table recognises first, as the command line's export
// writes them.
QStringList expectedHeaders(EntityKind table, const FieldCatalogue &catalogue)
{
    QStringList names;
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (field.imported)
            names << field.csvName;
    }
    return names;
}

// The first pass: every value of the file's date columns, so the day/month order is the
// whole file's. Leaves the reader just after the header again. A quote left open is
// left for the second pass to report by line.
void observeDates(CsvReader &reader, const ImportMapping &mapping, EntityKind table,
                  const FieldCatalogue &catalogue, SpreadsheetDates &dates)
{
    QVector<int> columns;
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (field.imported && (field.kind == FieldKind::Date || field.kind == FieldKind::Instant) &&
            mapping.has(field.csvName))
            columns << mapping.columnOf(field.csvName);
    }
    if (columns.isEmpty())
        return;
    try {
        while (reader.next()) {
            for (const int column : columns)
                dates.observe(reader.row().value(column), reader.line());
        }
    } catch (const CoalitionError &) {
    }
    reader.rewind();
    reader.next(); // the header
}

// The first rows after the header, for the preview; leaves the reader just after the
// header again.
QVector<QStringList> firstRows(CsvReader &reader)
{
    QVector<QStringList> rows;
    try {
        while (rows.size() < CsvImport::previewRows && reader.next())
            rows << reader.row();
    } catch (const CoalitionError &) { // a quote never closed: the import reports it by line
    }
    reader.rewind();
    reader.next();
    return rows;
}

// The header and the first rows into a Result, and the mapping of the file's columns with
// the person's choices; leaves the reader just after the header.
std::pair<CsvImport::Result, ImportMapping> readHeader(CsvReader &reader, EntityKind table,
                                                       const FieldCatalogue &catalogue,
                                                       const QHash<int, QString> &columnFields)
{
    CsvImport::Result result;
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    if (!reader.next())
        throw CoalitionError(QCoreApplication::translate(
            "CsvImport", "The file is empty: it needs a header row naming the columns."));
    ImportMapping mapping(table, reader.row(), catalogue);
    for (auto choice = columnFields.cbegin(); choice != columnFields.cend(); ++choice)
        mapping.assign(choice.key(), choice.value());
    result.headers = reader.row();
    for (int column = 0; column < result.headers.size(); ++column)
        result.columnFields << mapping.fieldOf(column);
    result.firstRows = firstRows(reader);
    result.mapping = mapping.describe();
    result.ignoredColumns = mapping.unmappedHeaders();
    return {result, mapping};
}

int rowCount(Database &database, EntityKind table)
{
    return Statement(database.connection(),
                     QStringLiteral("SELECT count(*) FROM %1").arg(tableName(table)))
        .scalar()
        .toInt();
}

} // namespace

QString CsvImport::describeMatches(const Result &result, int limit)
{
    using By = ImportMatcher::Match::By;
    QStringList parts;
    for (const Match &match : result.matches) {
        if (parts.size() == limit) {
            parts << QCoreApplication::translate("CsvImport", "%n more", nullptr,
                                                 int(result.matches.size()) - limit);
            break;
        }
        const char *how =
            match.by == By::Email     ? QT_TRANSLATE_NOOP("CsvImport", "same email")
            : match.by == By::Phone   ? QT_TRANSLATE_NOOP("CsvImport", "same phone")
            : match.by == By::Website ? QT_TRANSLATE_NOOP("CsvImport", "same website")
            : match.by == By::Name
                ? QT_TRANSLATE_NOOP("CsvImport", "same name")
                : QT_TRANSLATE_NOOP("CsvImport",
                                    "same title, campaign, organization, owner and date");
        parts << QCoreApplication::translate("CsvImport", "line %1: %2 (%3)")
                     .arg(match.line)
                     .arg(match.name, QCoreApplication::translate("CsvImport", how));
    }
    return parts.join(QStringLiteral("; "));
}

CsvImport::Result CsvImport::run(Database &database, EntityKind table, const QByteArray &data,
                                 OnMatch onMatch, bool dryRun, SpreadsheetDates::Order dateOrder)
{
    Options options;
    options.onMatch = onMatch;
    options.dryRun = dryRun;
    options.dateOrder = dateOrder;
    return run(database, table, data, options);
}

CsvImport::Result CsvImport::inspect(EntityKind table, const QByteArray &data,
                                     const FieldCatalogue &catalogue,
                                     const QHash<int, QString> &columnFields)
{
    CsvReader reader(data);
    return readHeader(reader, table, catalogue, columnFields).first;
}

CsvImport::Result CsvImport::run(Database &database, EntityKind table, const QByteArray &data,
                                 const Options &options)
{
    CsvReader reader(data);
    auto [result, mapping] = readHeader(reader, table, database.catalogue(), options.columnFields);
    const QString required = table == EntityKind::ActionItem        ? QStringLiteral("title")
                             : table == EntityKind::CampaignPartner ? QStringLiteral("campaign")
                                                                    : QStringLiteral("name");
    if (table == EntityKind::CampaignPartner && !mapping.has(QStringLiteral("organization")) &&
        !mapping.has(QStringLiteral("id")))
        throw CoalitionError(
            QCoreApplication::translate(
                "CsvImport", "No column gives the %1; name one \"%1\" (columns found: %2).")
                .arg(QStringLiteral("organization"), reader.row().join(QStringLiteral(", "))));
    if (!mapping.has(required) && !mapping.has(QStringLiteral("id")))
        throw CoalitionError(
            QCoreApplication::translate(
                "CsvImport", "No column gives the %1; name one \"%1\" (columns found: %2).")
                .arg(required, reader.row().join(QStringLiteral(", "))));
    // Ids alone would "import" every row as unchanged: an export whose other headers were
    // not recognised would report success and lose every edit in it.
    if (mapping.fields() == QStringList{QStringLiteral("id")})
        throw CoalitionError(
            QCoreApplication::translate("CsvImport",
                                        "No column but the id was recognised, so nothing in the "
                                        "file could be imported (columns found: %1). Name the "
                                        "columns as Coalition's export does: %2.")
                .arg(reader.row().join(QStringLiteral(", ")),
                     expectedHeaders(table, database.catalogue()).join(QStringLiteral(", "))));

    SpreadsheetDates dates(options.dateOrder);
    observeDates(reader, mapping, table, database.catalogue(), dates);
    if (const QString conflict = dates.conflict(); !conflict.isEmpty())
        throw CoalitionError(conflict);
    result.dateOrder = dates.order();
    if (dates.needsOrder()) {
        result.dateOrderNeeded = true;
        result.ambiguousDate = dates.ambiguousExample();
        result.rejected.append(
            {0, QCoreApplication::translate("CsvImport",
                                            "Dates such as %1 could be day/month or month/day: "
                                            "say which order the file uses.")
                    .arg(dates.ambiguousExample())});
        return result;
    }

    Transaction transaction(database);
    // A file that writes a good part of the table: its search index is built once at the
    // end instead of by each row's triggers (DeferredSearchIndex; a rollback puts the
    // triggers back). The file's lines bound its rows.
    std::optional<DeferredSearchIndex> deferredSearch;
    const int rowsAhead = int(data.count('\n'));
    if (DeferredSearchIndex::worthIt(rowsAhead, rowCount(database, table)))
        deferredSearch.emplace(database, tableName(table));
    // A bulk import writes each row's stamps (a dozen or more) at random places of the
    // stamps' index: with the usual 32 MB of page cache a large database's index is read
    // and written back to disk again and again (a fifth of the time at 40,000 rows).
    const PageCacheScope cache(
        database, rowsAhead >= SearchIndex::bulkChange ? PageCacheScope::bulkWriteKiB : 0);
    CsvRowImport::CsvRowImporter importer(database, table, mapping, dates, options.onMatch, result,
                                          options.changes);
    for (;;) {
        bool more = false;
        try {
            more = reader.next();
        } catch (const CoalitionError &error) { // a quote never closed: the rest is one cell
            result.rejected.append({reader.line(), error.message()});
            break;
        }
        if (!more)
            break;
        const QStringList cells = reader.row();
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        try {
            Transaction row(database); // a bad row leaves no half of itself behind
            importer.row(cells, reader.line());
            row.commit();
            importer.rowDone();
        } catch (const StorageError &) {
            throw; // the disk or the file, not this row: stop, and roll everything back
        } catch (const CoalitionError &error) {
            result.rejected.append({reader.line(), error.message()});
            importer.rowFailed();
        }
    }
    result.written = !options.dryRun && result.rejected.isEmpty();
    if (result.written) {
        if (deferredSearch)
            deferredSearch->rebuild();
        transaction.commit();
        if (!deferredSearch && result.created + result.updated >= SearchIndex::bulkChange)
            SearchIndex(database).optimize();
    }
    return result; // otherwise the Transaction rolls everything back
}
