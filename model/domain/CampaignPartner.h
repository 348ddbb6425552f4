#pragma once

#include "model/domain/Record.h"

// An organization's part in a campaign.
struct CampaignPartner : Record
{
    QString campaignId;
    QString organizationId;
    QString role = QStringLiteral("partner"); // Vocabulary::partnerRole()
    QString commitment;
};
