#include "model/interop/csv/CsvExport.h"

#include "model/domain/CoalitionError.h"
#include "model/domain/FieldCatalogue.h"
#include "model/interop/csv/CsvCells.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/ActionItemQuery.h"
#include "model/storage/Database.h"
#include "model/storage/SqliteRows.h"

#include <QCoreApplication>

namespace {

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

// The table's columns with their SQL, from the catalogue in its order: the id, each
// field (a reference as the name of the record it points to, a field that may be NULL
// as ''), then the record's times and author. Names come from the catalogue, never
// from user input.
QVector<QPair<QString, QString>> columnsOf(EntityKind table, const FieldCatalogue &catalogue)
{
    const QString alias = aliasOf(table) + QLatin1Char('.');
    QVector<QPair<QString, QString>> columns = {
        {QStringLiteral("id"), alias + QStringLiteral("id")}};
    for (const FieldSpec &field : catalogue.entity(table).fields) {
        if (field.kind == FieldKind::Reference)
            columns.append(
                {field.csvName,
                 QStringLiteral("coalesce(%1.name, '')").arg(aliasOf(field.references))});
        else if (field.nullable)
            columns.append(
                {field.csvName, QStringLiteral("coalesce(%1, '')").arg(alias + field.column)});
        else
            columns.append({field.csvName, alias + field.column});
    }
    for (const char *time : {"created_at", "updated_at", "updated_by"})
        columns.append({QString::fromLatin1(time), alias + QLatin1String(time)});
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
    case EntityKind::CampaignPartner:
        // A coalition's partner list: by campaign, then organization.
        return QStringLiteral("FROM campaign_partners p JOIN campaigns c ON c.id = p.campaign_id "
                              "JOIN organizations o ON o.id = p.organization_id ORDER BY c.name "
                              "COLLATE NOCASE, o.name COLLATE NOCASE, p.seq");
    case EntityKind::Campaign:
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
    // A repeating item's rule reads as a sentence, the rule itself in brackets so an
    // import reads it back: "every week on Tuesday [FREQ=WEEKLY;BYDAY=TU]".
    QVector<int> rules;
    for (int i = 0; i < width; ++i) {
        const EntitySpec &entity = catalogue.entity(table);
        for (const FieldSpec &field : entity.fields) {
            if (field.csvName == chosen.at(i) && field.kind == FieldKind::Recurrence)
                rules << i;
        }
    }
    QVector<QByteArrayView> cells(width);
    QVector<QByteArray> readable(width);
    while (statement.next()) {
        for (int i = 0; i < width; ++i)
            cells[i] = statement.cell(i);
        for (const int i : std::as_const(rules)) {
            if (cells[i].isEmpty())
                continue;
            readable[i] = CsvCells::ruleCell(QString::fromUtf8(cells[i])).toUtf8();
            cells[i] = readable[i];
        }
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
