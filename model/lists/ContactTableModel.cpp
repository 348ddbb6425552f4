#include "model/lists/ContactTableModel.h"

#include "model/storage/FtsQuery.h"

ContactTableModel::ContactTableModel(Database &database, QObject *parent)
    : PagedQueryModel(database, EntityKind::Contact, parent)
{
    initialize(Name);
}

void ContactTableModel::setFilter(const QString &text, const QString &organizationId,
                                  const QString &campaignId)
{
    if (text == m_text && organizationId == m_organizationId && campaignId == m_campaignId)
        return;
    m_text = text;
    m_organizationId = organizationId;
    m_campaignId = campaignId;
    reload();
}

QVector<PagedQueryModel::Column> ContactTableModel::columns() const
{
    const QString name = QStringLiteral("k.name COLLATE NOCASE");
    auto optional = [&](const QString &expression) {
        return QStringList{expression + QStringLiteral(" = ''"),
                           expression + QStringLiteral(" COLLATE NOCASE"), name};
    };
    return {
        {fieldLabel(QStringLiteral("name")), QStringLiteral("k.name"), {name}},
        {fieldLabel(QStringLiteral("organization_id")), QStringLiteral("coalesce(o.name, '')"),
         optional(QStringLiteral("coalesce(o.name, '')"))},
        {fieldLabel(QStringLiteral("role")), QStringLiteral("k.role"),
         optional(QStringLiteral("k.role"))},
        {fieldLabel(QStringLiteral("email")), QStringLiteral("k.email"),
         optional(QStringLiteral("k.email"))},
        {fieldLabel(QStringLiteral("phone")), QStringLiteral("k.phone"),
         optional(QStringLiteral("k.phone"))},
    };
}

QString ContactTableModel::fromClause() const
{
    return QStringLiteral("contacts k LEFT JOIN organizations o ON o.id = k.organization_id");
}

QPair<QStringList, PagedQueryModel::Bindings> ContactTableModel::filterConditions() const
{
    QStringList conditions;
    Bindings values;
    const QString match = FtsQuery::fromUserText(m_text);
    if (!match.isEmpty()) {
        conditions << QStringLiteral(
            "k.seq IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :match)");
        values << qMakePair(QStringLiteral(":match"), QVariant(match));
    }
    if (!m_organizationId.isEmpty()) {
        conditions << QStringLiteral("k.organization_id = :organization");
        values << qMakePair(QStringLiteral(":organization"), QVariant(m_organizationId));
    }
    if (!m_campaignId.isEmpty()) {
        conditions << QStringLiteral("k.organization_id IN (SELECT organization_id FROM "
                                     "campaign_partners WHERE campaign_id = :campaign)");
        values << qMakePair(QStringLiteral(":campaign"), QVariant(m_campaignId));
    }
    return {conditions, values};
}

QVariant ContactTableModel::cellData(const Row &row, int column, int role) const
{
    if (role == Qt::UserRole)
        return row.id;
    return PagedQueryModel::cellData(row, column, role);
}
