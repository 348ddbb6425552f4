#pragma once

#include "model/domain/ActionItemFilter.h"
#include "model/domain/FieldCatalogue.h"

#include <QStringList>
#include <functional>

class CsvWriter;
class Database;

// Streams a table of records into a CsvWriter: a header row with the chosen columns
// (the record id first unless left out), then one row per record in the order the
// window lists them. Rows are read forward-only, so a million items never sit in memory.
class CsvExport
{
public:
    // Every entity but CampaignPartner can be exported; asking for partnerships throws
    // CoalitionError.
    // The columns a table can export, in their default order.
    static QStringList columnNames(EntityKind table,
                                   const FieldCatalogue &catalogue = FieldCatalogue::standard());
    // Unknown names are refused with a message listing the known ones.
    static void checkColumns(EntityKind table, const QStringList &columns,
                             const FieldCatalogue &catalogue = FieldCatalogue::standard());

    // progress(rows written so far) is called now and then; returning false cancels,
    // which throws CoalitionError so the caller can discard the partial output.
    // The filter applies to action items only. Returns the number of records written.
    static int write(Database &database, EntityKind table, const ActionItemFilter &filter,
                     const QStringList &columns, CsvWriter &writer,
                     const std::function<bool(int)> &progress = {});
};
