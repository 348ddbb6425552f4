#pragma once

#include <QString>
#include <QStringList>

// What "ended" means for a campaign: won, lost or closed. Ended campaigns are archived:
// the lists, pick lists and the agenda leave them and their action items out unless the
// person chooses to see them (View > Show ended campaigns), so every page asks here.
namespace CampaignRules {

const QStringList &endedStatuses();
bool isEnded(const QString &status);

} // namespace CampaignRules
