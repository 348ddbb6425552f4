#pragma once

#include "model/domain/FieldCatalogue.h"
#include "model/storage/schema/Migrator.h"

// The schema history of a Coalition database. Add a step for every change; never
// edit a step that has shipped.
class QSqlDatabase;

namespace Schema {

// 'Coal' in ASCII, stored in PRAGMA application_id to recognise our files.
constexpr qint32 applicationId = 0x436F616C;

std::vector<MigrationStep> steps();
const Migrator &migrator();
int currentVersion();

// Sort ranks of action statuses (in progress first) and priorities (urgent first), as
// SQL over the table with the given alias. The indexes use the same expressions, so
// lists sorted by them need no sorting step.
QString statusRank(const QString &alias);
QString priorityRank(const QString &alias);
// The fields each entity shares through the feed (its columns and tags; not the local
// seq, stamps or derived sort keys), from the field catalogue as the schema is now, and
// which of them may be NULL.
QStringList syncedFields(const QString &table,
                         const FieldCatalogue &catalogue = FieldCatalogue::standard());
bool isNullableField(const QString &field,
                     const FieldCatalogue &catalogue = FieldCatalogue::standard());
// Entities in the order records must be written so references find their records.
QStringList syncedTables();
// Those of syncedTables() a database has, in that order: one of an older schema (a test's
// older laptop, a database generated at schema 3) lacks the newer tables.
QStringList syncedTablesIn(const QSqlDatabase &db);

// Table -> the fields to stamp.
using FieldsByTable = QVector<QPair<QString, QStringList>>;
// The synced fields of every entity as the catalogue has them now.
FieldsByTable currentSyncedFields();
// The same for the fields a database's own catalogue has (an older schema in a test).
FieldsByTable syncedFieldsOf(const FieldCatalogue &catalogue);
// Stamps the given fields of every record as its last edit (updated_at, updated_by) by
// device: for records written in bulk, without going through the repositories.
void stampExistingRows(const QSqlDatabase &db, const QString &device, const FieldsByTable &fields);

// The number statusRank() gives a status word.
int statusRankOf(const QString &status);

} // namespace Schema
