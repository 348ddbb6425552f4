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

const QVector<RecordMember<Contact>> &ContactRepository::members() const
{
    static const QVector<RecordMember<Contact>> members = {
        {QStringLiteral("name"), &Contact::name},
        {QStringLiteral("role"), &Contact::role},
        {QStringLiteral("organization_id"), &Contact::organizationId},
        {QStringLiteral("email"), &Contact::email},
        {QStringLiteral("phone"), &Contact::phone},
        {QStringLiteral("notes"), &Contact::notes},
    };
    return members;
}
