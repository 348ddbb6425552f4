#include "model/records/CoalitionGrid.h"

#include "model/domain/ActionRules.h"
#include "model/storage/Database.h"
#include "model/storage/Statement.h"

namespace CoalitionGrid {

namespace {

QVector<Heading> headings(Statement &query)
{
    query.exec();
    QVector<Heading> result;
    while (query.next())
        result.append({query.text(0), query.text(1)});
    return result;
}

// ":id0, :id1, …" for a list of ids.
QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral(":id%1").arg(i);
    return marks.join(QStringLiteral(", "));
}

void bindIds(Statement &query, const QStringList &ids)
{
    for (int i = 0; i < ids.size(); ++i)
        query.bind(QStringLiteral(":id%1").arg(i), ids.at(i));
}

} // namespace

QVector<Heading> organizations(Database &database, const Filter &filter)
{
    QStringList conditions = {QStringLiteral("1")};
    if (!filter.organizationKind.isEmpty())
        conditions << QStringLiteral("kind = :kind");
    // Tags are stored "a, b, c" (Validation::joinTags).
    if (!filter.tag.isEmpty())
        conditions << QStringLiteral("(', ' || tags || ', ') LIKE :tag ESCAPE '\\'");
    if (!filter.text.isEmpty())
        conditions << QStringLiteral("(name LIKE :text ESCAPE '\\' OR acronym LIKE :text ESCAPE "
                                     "'\\')");
    Statement query(database.connection(),
                    QStringLiteral("SELECT id, name FROM organizations WHERE %1 ORDER BY name "
                                   "COLLATE NOCASE, seq")
                        .arg(conditions.join(QStringLiteral(" AND "))));
    const auto escaped = [](QString text) {
        return text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    };
    if (!filter.organizationKind.isEmpty())
        query.bind(QStringLiteral(":kind"), filter.organizationKind);
    if (!filter.tag.isEmpty())
        query.bind(QStringLiteral(":tag"),
                   QStringLiteral("%, ") + escaped(filter.tag.trimmed()) + QStringLiteral(", %"));
    if (!filter.text.isEmpty())
        query.bind(QStringLiteral(":text"),
                   QLatin1Char('%') + escaped(filter.text.trimmed()) + QLatin1Char('%'));
    return headings(query);
}

QVector<Heading> campaigns(Database &database, const Filter &filter)
{
    QString condition = QStringLiteral("1");
    if (!filter.campaignStatus.isEmpty())
        condition = QStringLiteral("status = :status");
    else if (filter.ended == EndedCampaigns::Shown::Hidden)
        condition = QStringLiteral("NOT ") + EndedCampaigns::campaignEnded();
    Statement query(database.connection(),
                    QStringLiteral("SELECT id, name FROM campaigns WHERE %1 ORDER BY name COLLATE "
                                   "NOCASE, seq")
                        .arg(condition));
    if (!filter.campaignStatus.isEmpty())
        query.bind(QStringLiteral(":status"), filter.campaignStatus);
    return headings(query);
}

QHash<CellKey, Cell> cells(Database &database, const QStringList &organizationIds)
{
    QHash<CellKey, Cell> result;
    if (organizationIds.isEmpty())
        return result;
    const QString ids = placeholders(int(organizationIds.size()));
    Statement partners(database.connection(),
                       QStringLiteral("SELECT organization_id, campaign_id, id, role FROM "
                                      "campaign_partners WHERE organization_id IN (%1)")
                           .arg(ids));
    bindIds(partners, organizationIds);
    partners.exec();
    while (partners.next()) {
        Cell &cell = result[{partners.text(0), partners.text(1)}];
        cell.partnerId = partners.text(2);
        cell.role = partners.text(3);
    }
    QStringList open;
    for (const QString &status : ActionRules::openStatuses())
        open << QLatin1Char('\'') + status + QLatin1Char('\'');
    // Read through the index on organization_id: the items of these organizations only.
    Statement items(database.connection(),
                    QStringLiteral("SELECT organization_id, campaign_id, count(*) FROM "
                                   "action_items WHERE organization_id IN (%1) AND campaign_id "
                                   "IS NOT NULL AND status IN (%2) GROUP BY organization_id, "
                                   "campaign_id")
                        .arg(ids, open.join(QStringLiteral(", "))));
    bindIds(items, organizationIds);
    items.exec();
    while (items.next())
        result[{items.text(0), items.text(1)}].openItems = items.value(2).toInt();
    return result;
}

} // namespace CoalitionGrid
