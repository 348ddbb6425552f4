#pragma once

#include <QSqlDatabase>
#include <QStringList>

// SQL the migration steps share. A step that has shipped is frozen, so these helpers
// change only in ways that give every step the same statements as before.
namespace SchemaSql {

// Columns shared by every record (seq, id, created_at, updated_at, updated_by, tags),
// ending with a comma, to open a CREATE TABLE.
QString recordColumns();
// A CHECK expression's tail for a YYYY-MM-DD date: "GLOB '[0-9]…'".
QString dateCheck();
// The search index of table over columns; options adds FTS5 options to the table.
QString ftsTable(const QString &table, const QStringList &columns, const QString &options = {});
// The index and the triggers that keep it in step with table.
QStringList ftsStatements(const QString &table, const QStringList &columns);
void runAll(const QSqlDatabase &db, const QStringList &statements);

} // namespace SchemaSql
