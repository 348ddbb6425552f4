#include "model/records/CampaignPartnerRepository.h"

#include "model/domain/Vocabulary.h"
#include <QCoreApplication>

namespace {

// Leads first, then partners, signatories and supporters, as organizers read a coalition.
const char *const roleOrder =
    "ORDER BY CASE role WHEN 'lead' THEN 0 WHEN 'partner' THEN 1 WHEN 'signatory' THEN 2 ELSE 3 "
    "END, seq";

} // namespace

CampaignPartnerRepository::CampaignPartnerRepository(Database &database)
    : Repository(database, EntityKind::CampaignPartner)
{}

void CampaignPartnerRepository::validate(CampaignPartner &partner) const
{
    partner.role =
        canonicalWord(Vocabulary::partnerRole(), partner.role, QStringLiteral("role"), partner.id);
    partner.commitment = partner.commitment.trimmed();
    requireReference(EntityKind::Campaign, partner.campaignId, QStringLiteral("campaign_id"),
                     QCoreApplication::translate(
                         "CampaignPartnerRepository",
                         "The campaign for this partner does not exist. Choose a campaign."));
    requireReference(EntityKind::Organization, partner.organizationId,
                     QStringLiteral("organization_id"),
                     QCoreApplication::translate(
                         "CampaignPartnerRepository",
                         "The partner organization does not exist. Choose an organization."));
    const bool duplicate =
        Statement(
            m_database.connection(),
            QStringLiteral("SELECT 1 FROM campaign_partners WHERE campaign_id = :campaign AND "
                           "organization_id = :organization AND id <> :id"))
            .bind(QStringLiteral(":campaign"), partner.campaignId)
            .bind(QStringLiteral(":organization"), partner.organizationId)
            .bind(QStringLiteral(":id"), partner.id)
            .scalar()
            .isValid();
    if (duplicate)
        throw ValidationError(QStringLiteral("organization_id"),
                              QCoreApplication::translate(
                                  "CampaignPartnerRepository",
                                  "This organization is already a partner of the campaign; change "
                                  "its role instead."));
}

QVector<CampaignPartner> CampaignPartnerRepository::forCampaign(const QString &campaignId) const
{
    return select(QStringLiteral("WHERE campaign_id = :id ") + QLatin1String(roleOrder),
                  {{QStringLiteral(":id"), campaignId}});
}

QVector<CampaignPartner>
CampaignPartnerRepository::forOrganization(const QString &organizationId) const
{
    return select(QStringLiteral("WHERE organization_id = :id ") + QLatin1String(roleOrder),
                  {{QStringLiteral(":id"), organizationId}});
}

const QVector<RecordMember<CampaignPartner>> &CampaignPartnerRepository::members() const
{
    static const QVector<RecordMember<CampaignPartner>> members = {
        {QStringLiteral("campaign_id"), &CampaignPartner::campaignId},
        {QStringLiteral("organization_id"), &CampaignPartner::organizationId},
        {QStringLiteral("role"), &CampaignPartner::role},
        {QStringLiteral("commitment"), &CampaignPartner::commitment},
    };
    return members;
}
