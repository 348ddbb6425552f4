#pragma once

#include <QString>

// The SQL that leaves ended campaigns (CampaignRules) and their action items out of a
// list. The words are Coalition's own constants, written out so SQLite plans with them.
namespace EndedCampaigns {

// Whether to list what belongs to ended campaigns: the lists' default is Hidden.
enum class Shown
{
    Hidden,
    Shown
};

// "status IN ('won', 'lost', 'closed')" over the campaigns table (alias "" or "c").
QString campaignEnded(const QString &alias = QString());
// An action item's (alias "" or "a") campaign is none or not ended.
QString itemInCurrentCampaign(const QString &alias = QString());

} // namespace EndedCampaigns
