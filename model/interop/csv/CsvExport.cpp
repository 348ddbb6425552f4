#include "model/interop/csv/CsvExport.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/ActionItemQuery.h"
#include "model/storage/Database.h"
#include "model/storage/SqliteRows.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct ColumnSql
{
    const char *name;
    const char *sql;
};

// Column name -> SQL over the table's alias. Names are fixed here, never user input.
const QVector<ColumnSql> &ownColumnsOf(EntityKind table)
{
    static const QVector<ColumnSql> actions = {
        {"id", "a.id"},
        {"title", "a.title"},
        {"kind", "a.kind"},
        {"campaign", "coalesce(c.name, '')"},
        {"organization", "coalesce(o.name, '')"},
        {"owner", "a.owner"},
        {"due_date", "coalesce(a.due_date, '')"},
        {"event_start", "coalesce(a.event_start, '')"},
        {"event_end", "coalesce(a.event_end, '')"},
        {"location", "a.location"},
        {"status", "a.status"},
        {"priority", "a.priority"},
        {"link", "a.link"},
        {"notes", "a.notes"},
        {"tags", "a.tags"},
        {"completed_at", "coalesce(a.completed_at, '')"},
        {"created_at", "a.created_at"},
        {"updated_at", "a.updated_at"},
        {"updated_by", "a.updated_by"},
    };
    static const QVector<ColumnSql> organizations = {
        {"id", "o.id"},
        {"name", "o.name"},
        {"acronym", "o.acronym"},
        {"kind", "o.kind"},
        {"region", "o.region"},
        {"website", "o.website"},
        {"email", "o.email"},
        {"phone", "o.phone"},
        {"description", "o.description"},
        {"tags", "o.tags"},
        {"created_at", "o.created_at"},
        {"updated_at", "o.updated_at"},
        {"updated_by", "o.updated_by"},
    };
    static const QVector<ColumnSql> contacts = {
        {"id", "k.id"},
        {"name", "k.name"},
        {"organization", "coalesce(o.name, '')"},
        {"role", "k.role"},
        {"email", "k.email"},
        {"phone", "k.phone"},
        {"notes", "k.notes"},
        {"tags", "k.tags"},
        {"created_at", "k.created_at"},
        {"updated_at", "k.updated_at"},
        {"updated_by", "k.updated_by"},
    };
    static const QVector<ColumnSql> campaigns = {
        {"id", "c.id"},
        {"name", "c.name"},
        {"status", "c.status"},
        {"issue_area", "c.issue_area"},
        {"goal", "c.goal"},
        {"target", "c.target"},
        {"start_date", "coalesce(c.start_date, '')"},
        {"end_date", "coalesce(c.end_date, '')"},
        {"description", "c.description"},
        {"links", "c.links"},
        {"tags", "c.tags"},
        {"created_at", "c.created_at"},
        {"updated_at", "c.updated_at"},
        {"updated_by", "c.updated_by"},
    };
    static const QVector<ColumnSql> none;
    switch (table) {
    case EntityKind::ActionItem:
        return actions;
    case EntityKind::Organization:
        return organizations;
    case EntityKind::Contact:
        return contacts;
    case EntityKind::Campaign:
        return campaigns;
    case EntityKind::CampaignPartner:
        break; // exported with their campaign's page, not as a table of their own
    }
    return none;
}

QString aliasOf(EntityKind table)
{
    switch (table) {
    case EntityKind::ActionItem:
        return QStringLiteral("a");
    case EntityKind::Organization:
        return QStringLiteral("o");
    case EntityKind::Contact:
        return QStringLiteral("k");
    case EntityKind::Campaign:
        return QStringLiteral("c");
    case EntityKind::CampaignPartner:
        break;
    }
    return QStringLiteral("p");
}

// The table's columns with their SQL: those above, then any field the catalogue has
// beyond them (a field a later migration added), before the record's times and author.
QVector<QPair<QString, QString>> columnsOf(EntityKind table, const FieldCatalogue &catalogue)
{
    QVector<QPair<QString, QString>> columns;
    if (ownColumnsOf(table).isEmpty())
        throw CoalitionError(QCoreApplication::translate("CsvExport",
                                                         "Partnerships are exported with their "
                                                         "campaign, not as a table of their own."));
    for (const ColumnSql &column : ownColumnsOf(table))
        columns.append({QString::fromLatin1(column.name), QString::fromLatin1(column.sql)});
    int at = int(columns.size()) - 3; // created_at, updated_at, updated_by stay last
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        const bool known = std::any_of(columns.cbegin(), columns.cend(), [&](const auto &column) {
            return column.first == field.csvName;
        });
        if (known)
            continue;
        const QString sql = aliasOf(table) + QLatin1Char('.') + field.column;
        columns.insert(at++, {field.csvName,
                              field.nullable ? QStringLiteral("coalesce(%1, '')").arg(sql) : sql});
    }
    return columns;
}

QString fromAndOrder(EntityKind table)
{
    switch (table) {
    case EntityKind::ActionItem:
        // The Action items page's default order, read from its index.
        return QStringLiteral("FROM action_items a LEFT JOIN campaigns c ON c.id = a.campaign_id "
                              "LEFT JOIN organizations o ON o.id = a.organization_id %1 ORDER BY "
                              "a.due_date IS NULL, coalesce(a.due_date, ''), a.title COLLATE "
                              "NOCASE, a.seq");
    case EntityKind::Organization:
        return QStringLiteral("FROM organizations o ORDER BY o.name COLLATE NOCASE, o.seq");
    case EntityKind::Contact:
        return QStringLiteral("FROM contacts k LEFT JOIN organizations o ON o.id = "
                              "k.organization_id ORDER BY k.name COLLATE NOCASE, k.seq");
    case EntityKind::Campaign:
    case EntityKind::CampaignPartner: // refused by columnsOf()
        break;
    }
    return QStringLiteral("FROM campaigns c ORDER BY c.name COLLATE NOCASE, c.seq");
}

} // namespace

QStringList CsvExport::columnNames(EntityKind table, const FieldCatalogue &catalogue)
{
    QStringList names;
    for (const auto &column : columnsOf(table, catalogue))
        names << column.first;
    return names;
}

void CsvExport::checkColumns(EntityKind table, const QStringList &columns,
                             const FieldCatalogue &catalogue)
{
    const QStringList known = columnNames(table, catalogue);
    for (const QString &column : columns) {
        if (!known.contains(column))
            throw CoalitionError(QCoreApplication::translate("CsvExport",
                                                             "There is no column \"%1\". Choose "
                                                             "from: %2.")
                                     .arg(column, known.join(QStringLiteral(", "))));
    }
}

int CsvExport::write(Database &database, EntityKind table, const ActionItemFilter &filter,
                     const QStringList &columns, CsvWriter &writer,
                     const std::function<bool(int)> &progress)
{
    const FieldCatalogue &catalogue = database.catalogue();
    const QStringList chosen = columns.isEmpty() ? columnNames(table, catalogue) : columns;
    checkColumns(table, chosen, catalogue);
    const auto known = columnsOf(table, catalogue);
    QStringList select;
    for (const QString &name : chosen) {
        for (const auto &column : known) {
            if (name == column.first)
                select << column.second;
        }
    }

    QString from = fromAndOrder(table);
    const ActionItemQuery query(filter, QStringLiteral("a"));
    if (table == EntityKind::ActionItem)
        from = from.arg(query.whereClause());
    // Read as UTF-8 straight from SQLite and written as such: a million rows of
    // QVariants and UTF-16 strings cost more than the rest of the export.
    SqliteRows statement(
        database.connection(),
        QStringLiteral("SELECT %1 %2").arg(select.join(QStringLiteral(", ")), from));
    if (table == EntityKind::ActionItem) {
        for (const auto &value : query.values())
            statement.bind(value.first, value.second);
    }

    auto fail = [&writer] {
        throw CoalitionError(QCoreApplication::translate("CsvExport", "Cannot write the export: %1")
                                 .arg(writer.errorString()));
    };
    if (!writer.writeRow(chosen))
        fail();
    int rows = 0;
    const int width = int(chosen.size());
    QVector<QByteArrayView> cells(width);
    while (statement.next()) {
        for (int i = 0; i < width; ++i)
            cells[i] = statement.cell(i);
        if (!writer.writeRow(cells))
            fail();
        if (++rows % 4096 == 0 && progress && !progress(rows))
            throw CoalitionError(
                QCoreApplication::translate("CsvExport", "The export was cancelled."));
    }
    if (progress)
        progress(rows);
    return rows;
}
