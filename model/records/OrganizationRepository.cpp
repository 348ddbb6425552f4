#include "model/records/OrganizationRepository.h"
#include <QCoreApplication>

OrganizationRepository::OrganizationRepository(Database &database)
    : Repository(database, EntityKind::Organization)
{}

void OrganizationRepository::validate(Organization &organization) const
{
    organization.name =
        requiredText(organization.name, QStringLiteral("name"),
                     QCoreApplication::translate("OrganizationRepository",
                                                 "The organization has no name. Enter its name."));
    organization.acronym = organization.acronym.trimmed();
    organization.kind = organization.kind.trimmed().toLower();
    organization.region = organization.region.trimmed();
    organization.website = optionalWebAddress(organization.website, QStringLiteral("website"));
    organization.email = optionalEmail(organization.email, QStringLiteral("email"));
    organization.phone = optionalPhone(organization.phone, QStringLiteral("phone"));
}

bool OrganizationRepository::remove(const QString &id)
{
    const QString column = QStringLiteral("organization_id");
    return deleteRowWithDependents(id,
                                   {{EntityKind::Contact, column, Dependent::ReferenceCleared},
                                    {EntityKind::ActionItem, column, Dependent::ReferenceCleared},
                                    {EntityKind::CampaignPartner, column, Dependent::Deleted}});
}

QVector<Organization> OrganizationRepository::list(const ListOptions &options,
                                                   const QString &kind) const
{
    if (kind.isEmpty())
        return listWhere({}, {}, options);
    return listWhere({QStringLiteral("kind = :kind")}, {{QStringLiteral(":kind"), kind.toLower()}},
                     options);
}

std::optional<Organization> OrganizationRepository::findByName(const QString &nameOrAcronym) const
{
    const QVector<Organization> found =
        select(QStringLiteral("WHERE name = :name COLLATE NOCASE OR (acronym <> '' AND acronym = "
                              ":name COLLATE NOCASE) ORDER BY name = :name COLLATE NOCASE DESC, "
                              "seq LIMIT 1"),
               {{QStringLiteral(":name"), nameOrAcronym.trimmed()}});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Columns OrganizationRepository::columns(const Organization &o) const
{
    return {
        {QStringLiteral("name"), o.name},       {QStringLiteral("acronym"), o.acronym},
        {QStringLiteral("kind"), o.kind},       {QStringLiteral("region"), o.region},
        {QStringLiteral("website"), o.website}, {QStringLiteral("email"), o.email},
        {QStringLiteral("phone"), o.phone},     {QStringLiteral("description"), o.description},
    };
}

void OrganizationRepository::readColumns(const QSqlQuery &row, Organization &o) const
{
    o.name = row.value(5).toString();
    o.acronym = row.value(6).toString();
    o.kind = row.value(7).toString();
    o.region = row.value(8).toString();
    o.website = row.value(9).toString();
    o.email = row.value(10).toString();
    o.phone = row.value(11).toString();
    o.description = row.value(12).toString();
}
