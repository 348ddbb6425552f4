#include "model/records/OrganizationRepository.h"

#include "model/domain/Vocabulary.h"
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
    organization.kind = Vocabulary::organizationKind()
                            .canonical(organization.kind)
                            .value_or(organization.kind.trimmed().toLower());
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
    const QString id = idByName(nameOrAcronym);
    return id.isEmpty() ? std::nullopt : get(id);
}

QString OrganizationRepository::idByName(const QString &nameOrAcronym) const
{
    // By name first, through its index; only a name no organization has is looked for
    // among the acronyms, which have none (a scan).
    for (const char *where :
         {"name = :name COLLATE NOCASE", "acronym <> '' AND acronym = :name COLLATE NOCASE"}) {
        Statement &query = m_database.statements().prepared(
            QStringLiteral("SELECT id FROM organizations WHERE %1 ORDER BY seq LIMIT 1")
                .arg(QLatin1String(where)));
        query.bind(QStringLiteral(":name"), nameOrAcronym.trimmed()).exec();
        const QString id = query.next() ? query.text(0) : QString();
        query.query().finish();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

const QVector<RecordMember<Organization>> &OrganizationRepository::members() const
{
    static const QVector<RecordMember<Organization>> members = {
        {QStringLiteral("name"), &Organization::name},
        {QStringLiteral("acronym"), &Organization::acronym},
        {QStringLiteral("kind"), &Organization::kind},
        {QStringLiteral("region"), &Organization::region},
        {QStringLiteral("website"), &Organization::website},
        {QStringLiteral("email"), &Organization::email},
        {QStringLiteral("phone"), &Organization::phone},
        {QStringLiteral("description"), &Organization::description},
    };
    return members;
}
