#include "model/storage/schema/SchemaSteps.h"

#include "model/domain/CoalitionError.h"
#include "model/storage/Statement.h"

#include <QRegularExpression>

// A merged feed state must always be storable (docs/feed-format.md): the record tables
// drop the checks a sync could break without anyone doing wrong.
//  - Vocabulary lists (a campaign's and an action's status, a priority, a partner's
//    role): a newer Coalition may write a word this one does not know; it is kept and
//    synced back. Where a person types or picks one, the repositories still check it.
//  - An end before its start: two edits, each right, can merge into it. The repositories
//    refuse it where a person edits; a sync stores it and lists it as a conflict.
// Both are CHECK constraints, which SQLite's documentation (ALTER TABLE, "making other
// kinds of table schema changes") lets a program remove by rewriting the table's
// definition in sqlite_schema and bumping schema_version — the rows stay as they are.
namespace {

struct Removal
{
    QString table;
    QString pattern; // matches the constraint exactly once in the table's definition
};

QString rewritten(const QString &definition, const QVector<Removal> &removals)
{
    QString result = definition;
    for (const Removal &removal : removals) {
        const QRegularExpression constraint(removal.pattern);
        int matches = 0; // (QString::count would count overlapping matches)
        for (auto it = constraint.globalMatch(result); it.hasNext(); it.next())
            ++matches;
        if (matches != 1)
            throw CoalitionError(QStringLiteral("Schema step 5: the definition of %1 is not the "
                                                "one version 1 made (%2)")
                                     .arg(removal.table, removal.pattern));
        result.remove(constraint);
    }
    return result;
}

void version5(const QSqlDatabase &db)
{
    const QString vocabulary = QStringLiteral(R"(\s*CHECK \(%1 IN \([^)]*\)\))");
    const QString order = QStringLiteral(R"(,\s*CHECK \(%1 IS NULL OR %2 IS NULL OR %2 >= %1\))");
    const QStringList tables = {QStringLiteral("campaigns"), QStringLiteral("campaign_partners"),
                                QStringLiteral("action_items")};
    const QVector<QVector<Removal>> removals = {
        {{tables[0], vocabulary.arg(QStringLiteral("status"))},
         {tables[0], order.arg(QStringLiteral("start_date"), QStringLiteral("end_date"))}},
        {{tables[1], vocabulary.arg(QStringLiteral("role"))}},
        {{tables[2], vocabulary.arg(QStringLiteral("status"))},
         {tables[2], vocabulary.arg(QStringLiteral("priority"))},
         {tables[2], order.arg(QStringLiteral("event_start"), QStringLiteral("event_end"))}},
    };
    const int schemaVersion =
        Statement(db, QStringLiteral("PRAGMA schema_version")).scalar().toInt();
    Statement(db, QStringLiteral("PRAGMA writable_schema = ON")).exec();
    for (int i = 0; i < tables.size(); ++i) {
        const QString definition =
            Statement(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND "
                                         "name = :name"))
                .bind(QStringLiteral(":name"), tables[i])
                .scalar()
                .toString();
        Statement(db, QStringLiteral("UPDATE sqlite_schema SET sql = :sql WHERE type = 'table' "
                                     "AND name = :name"))
            .bind(QStringLiteral(":sql"), rewritten(definition, removals[i]))
            .bind(QStringLiteral(":name"), tables[i])
            .exec();
    }
    // Every connection, this one too, reads the definitions again.
    Statement(db, QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1)).exec();
    Statement(db, QStringLiteral("PRAGMA writable_schema = OFF")).exec();
}

} // namespace

MigrationStep SchemaSteps::storableMerges()
{
    return {5, QStringLiteral("sync: merged states always storable"), version5};
}
