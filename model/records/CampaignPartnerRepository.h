#pragma once

#include "model/domain/CampaignPartner.h"
#include "model/records/Repository.h"

class CampaignPartnerRepository : public Repository<CampaignPartner>
{
public:
    explicit CampaignPartnerRepository(Database &database);

    void validate(CampaignPartner &partner) const override;

    QVector<CampaignPartner> forCampaign(const QString &campaignId) const;
    QVector<CampaignPartner> forOrganization(const QString &organizationId) const;

protected:
    const QVector<RecordMember<CampaignPartner>> &members() const override;
    QString defaultSortColumn() const override { return QStringLiteral("role"); }
    bool hasSearchIndex() const override { return false; }
};
