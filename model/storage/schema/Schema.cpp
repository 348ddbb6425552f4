#include "model/storage/schema/Schema.h"

#include "model/domain/FieldCatalogue.h"
#include "model/storage/Statement.h"
#include "model/storage/schema/SchemaSteps.h"

#include <QSet>

namespace Schema {

void stampExistingRows(const QSqlDatabase &db, const QString &device, const FieldsByTable &fields)
{
    for (const auto &[table, unsortedFields] : fields) {
        // One statement per table, its rows in the stamps' key order (record, field):
        // SQLite then appends to the stamps' B-tree instead of inserting each field's
        // rows all over it, which at a million records is most of the difference
        // between minutes and seconds.
        QStringList sorted = unsortedFields;
        sorted.sort();
        QStringList names, values;
        for (const QString &field : sorted) {
            names << QStringLiteral("('%1')").arg(field);
            values << QStringLiteral("WHEN '%1' THEN r.%1").arg(field);
        }
        // Milliseconds since 1970 from the ISO updated_at.
        Statement(db,
                  // Columns named: schema step 6 adds seq, which stays 0 here (rows
                  // stamped this way were never synced; a first sync sends them all).
                  QStringLiteral("INSERT INTO field_stamps (entity, record_id, field, wall, "
                                 "counter, device, author, value) SELECT '%1', r.id, f.field, "
                                 "CAST(round((julianday(r.updated_at) - 2440587.5) * "
                                 "86400000) AS INTEGER), 0, :device, r.updated_by, "
                                 "CASE f.field %2 END FROM %1 r CROSS JOIN (SELECT column1 "
                                 "AS field FROM (VALUES %3)) f ORDER BY r.id, f.field")
                      .arg(table, values.join(QLatin1Char(' ')), names.join(QStringLiteral(", "))))
            .bind(QStringLiteral(":device"), device)
            .exec();
    }
}

FieldsByTable currentSyncedFields()
{
    return syncedFieldsOf(FieldCatalogue::standard());
}

FieldsByTable syncedFieldsOf(const FieldCatalogue &catalogue)
{
    FieldsByTable fields;
    for (const EntitySpec &entity : catalogue.entities())
        fields.append({entity.table, catalogue.syncedFields(entity.table)});
    return fields;
}

std::vector<MigrationStep> steps()
{
    return {SchemaSteps::records(),        SchemaSteps::sync(),
            SchemaSteps::teamId(),         SchemaSteps::searchPrefixes(),
            SchemaSteps::storableMerges(), SchemaSteps::incrementalFeed(),
            SchemaSteps::allDayEvents(),   SchemaSteps::recurrence(),
            SchemaSteps::reportIndex(),    SchemaSteps::intakeInbox(),
            SchemaSteps::partnerFeeds()};
}

const Migrator &migrator()
{
    static const Migrator instance(steps(), applicationId);
    return instance;
}

int currentVersion()
{
    return migrator().targetVersion();
}

namespace {

// The orders lists sort in; a word's rank is its position, unknown words come last.
const QStringList &statusOrder()
{
    static const QStringList order = {QStringLiteral("doing"), QStringLiteral("todo"),
                                      QStringLiteral("done"), QStringLiteral("cancelled")};
    return order;
}

const QStringList &priorityOrder()
{
    static const QStringList order = {QStringLiteral("urgent"), QStringLiteral("high"),
                                      QStringLiteral("normal"), QStringLiteral("low")};
    return order;
}

// "CASE a.status WHEN 'doing' THEN 0 … ELSE 3 END": the words are our own constants.
QString rankExpression(const QString &alias, const QString &column, const QStringList &order)
{
    QString expression =
        QStringLiteral("CASE ") + (alias.isEmpty() ? column : alias + QLatin1Char('.') + column);
    for (int rank = 0; rank < order.size() - 1; ++rank)
        expression += QStringLiteral(" WHEN '%1' THEN %2").arg(order.at(rank)).arg(rank);
    return expression + QStringLiteral(" ELSE %1 END").arg(order.size() - 1);
}

} // namespace

QString statusRank(const QString &alias)
{
    return rankExpression(alias, QStringLiteral("status"), statusOrder());
}

QStringList syncedFields(const QString &table, const FieldCatalogue &catalogue)
{
    if (table == QLatin1String("intake_sources"))
        return {QStringLiteral("kind"), QStringLiteral("address"), QStringLiteral("received_on"),
                QStringLiteral("language"), QStringLiteral("text")};
    if (table == QLatin1String("partner_feeds"))
        return {QStringLiteral("organization_id"), QStringLiteral("address"),
                QStringLiteral("removed")};
    if (table == QLatin1String("intake_drafts"))
        return {QStringLiteral("source_id"),
                QStringLiteral("passage_start"),
                QStringLiteral("passage_length"),
                QStringLiteral("title"),
                QStringLiteral("kind"),
                QStringLiteral("campaign_id"),
                QStringLiteral("organization_id"),
                QStringLiteral("new_organization"),
                QStringLiteral("due_date"),
                QStringLiteral("event_start"),
                QStringLiteral("event_end"),
                QStringLiteral("link"),
                QStringLiteral("notes"),
                QStringLiteral("reasons"),
                QStringLiteral("state"),
                QStringLiteral("action_item_id"),
                QStringLiteral("proposed_at")};
    if (table == QLatin1String("sync_conflicts"))
        return {QStringLiteral("entity"),      QStringLiteral("record_id"),
                QStringLiteral("field"),       QStringLiteral("kept_value"),
                QStringLiteral("kept_stamp"),  QStringLiteral("kept_author"),
                QStringLiteral("lost_value"),  QStringLiteral("lost_stamp"),
                QStringLiteral("lost_author"), QStringLiteral("detected_at"),
                QStringLiteral("resolved")};
    return catalogue.syncedFields(table);
}

bool isNullableField(const QString &field, const FieldCatalogue &catalogue)
{
    // A column nullable in any table: a partnership's missing campaign or organization
    // is then seen as missing (and the partnership dropped), not stored as ''.
    if (field == QLatin1String("kept_value") || field == QLatin1String("lost_value"))
        return true;
    for (const EntitySpec &entity : catalogue.entities()) {
        for (const FieldSpec &spec : entity.fields) {
            if (spec.column == field && spec.nullable)
                return true;
        }
    }
    return false;
}

QStringList syncedTables()
{
    QStringList tables;
    for (const EntitySpec &entity : FieldCatalogue::standard().entities())
        tables << entity.table;
    return tables << QStringLiteral("sync_conflicts") << QStringLiteral("intake_sources")
                  << QStringLiteral("intake_drafts") << QStringLiteral("partner_feeds");
}

QStringList syncedTablesIn(const QSqlDatabase &db)
{
    Statement existing(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    existing.exec();
    QSet<QString> present;
    while (existing.next())
        present.insert(existing.text(0));
    QStringList tables;
    for (const QString &table : syncedTables()) {
        if (present.contains(table))
            tables << table;
    }
    return tables;
}

int statusRankOf(const QString &status)
{
    const int rank = int(statusOrder().indexOf(status));
    return rank < 0 ? int(statusOrder().size()) - 1 : rank;
}

QString priorityRank(const QString &alias)
{
    return rankExpression(alias, QStringLiteral("priority"), priorityOrder());
}

} // namespace Schema
