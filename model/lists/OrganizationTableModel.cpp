#include "model/lists/OrganizationTableModel.h"

#include "model/domain/Vocabulary.h"

#include "model/storage/FtsQuery.h"

OrganizationTableModel::OrganizationTableModel(Database &database, QObject *parent)
    : PagedQueryModel(database, EntityKind::Organization, parent)
{
    initialize(Name);
}

void OrganizationTableModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    reload();
}

QVector<PagedQueryModel::Column> OrganizationTableModel::columns() const
{
    const QString name = QStringLiteral("o.name COLLATE NOCASE");
    const QString contacts =
        QStringLiteral("(SELECT count(*) FROM contacts k WHERE k.organization_id = o.id)");
    const QString campaigns =
        QStringLiteral("(SELECT count(*) FROM campaign_partners p WHERE p.organization_id = o.id)");
    return {
        {fieldLabel(QStringLiteral("name")), QStringLiteral("o.name"), {name}},
        {fieldLabel(QStringLiteral("acronym")),
         QStringLiteral("o.acronym"),
         {QStringLiteral("o.acronym = ''"), QStringLiteral("o.acronym COLLATE NOCASE"), name}},
        {fieldLabel(QStringLiteral("kind")),
         QStringLiteral("o.kind"),
         {QStringLiteral("o.kind = ''"), QStringLiteral("o.kind COLLATE NOCASE"), name}},
        {fieldLabel(QStringLiteral("region")),
         QStringLiteral("o.region"),
         {QStringLiteral("o.region = ''"), QStringLiteral("o.region COLLATE NOCASE"), name}},
        {tr("Contacts"), contacts, {contacts, name}},
        {tr("Campaigns"), campaigns, {campaigns, name}},
    };
}

QPair<QStringList, PagedQueryModel::Bindings> OrganizationTableModel::filterConditions() const
{
    const QString match = FtsQuery::fromUserText(m_text);
    if (match.isEmpty())
        return {};
    return {{QStringLiteral("o.seq IN (SELECT rowid FROM organizations_fts WHERE "
                            "organizations_fts MATCH :match)")},
            {{QStringLiteral(":match"), match}}};
}

QSet<EntityKind> OrganizationTableModel::relatedEntities() const
{
    // The counts change when people or partnerships do.
    return {EntityKind::Contact, EntityKind::CampaignPartner};
}

QVariant OrganizationTableModel::cellData(const Row &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == Contacts || column == Campaigns))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return row.id;
    if (column == Kind && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return Vocabulary::organizationKind().label(row.values.at(Kind).toString());
    return PagedQueryModel::cellData(row, column, role);
}
