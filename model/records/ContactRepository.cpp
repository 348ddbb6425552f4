#include "model/records/ContactRepository.h"
#include <QCoreApplication>

ContactRepository::ContactRepository(Database &database) : Repository(database, EntityKind::Contact)
{}

void ContactRepository::validate(Contact &contact) const
{
    contact.name =
        requiredText(contact.name, QStringLiteral("name"),
                     QCoreApplication::translate(
                         "ContactRepository", "The contact has no name. Enter the person's name."));
    contact.role = contact.role.trimmed();
    contact.email = optionalEmail(contact.email, QStringLiteral("email"));
    contact.phone = optionalPhone(contact.phone, QStringLiteral("phone"));
    if (!contact.organizationId.isEmpty())
        requireReference(EntityKind::Organization, contact.organizationId,
                         QStringLiteral("organization_id"),
                         QCoreApplication::translate(
                             "ContactRepository",
                             "The organization chosen for %1 does not exist (it may have been "
                             "deleted). Choose another organization.")
                             .arg(contact.name));
}

QVector<Contact> ContactRepository::list(const ListOptions &options, const QString &organizationId,
                                         const QString &campaignId) const
{
    QStringList conditions;
    Bindings values;
    if (!organizationId.isEmpty()) {
        conditions << QStringLiteral("organization_id = :organization_id");
        values << qMakePair(QStringLiteral(":organization_id"), QVariant(organizationId));
    }
    if (!campaignId.isEmpty()) {
        conditions << QStringLiteral("organization_id IN (SELECT organization_id FROM "
                                     "campaign_partners WHERE campaign_id = :campaign_id)");
        values << qMakePair(QStringLiteral(":campaign_id"), QVariant(campaignId));
    }
    return listWhere(conditions, values, options);
}

Columns ContactRepository::columns(const Contact &c) const
{
    return {
        {QStringLiteral("name"), c.name},
        {QStringLiteral("role"), c.role},
        {QStringLiteral("organization_id"), nullable(c.organizationId)},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("notes"), c.notes},
    };
}

void ContactRepository::readColumns(const QSqlQuery &row, Contact &c) const
{
    c.name = row.value(5).toString();
    c.role = row.value(6).toString();
    c.organizationId = row.value(7).toString();
    c.email = row.value(8).toString();
    c.phone = row.value(9).toString();
    c.notes = row.value(10).toString();
}
