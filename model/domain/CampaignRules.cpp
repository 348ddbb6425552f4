#include "model/domain/CampaignRules.h"

namespace CampaignRules {

const QStringList &endedStatuses()
{
    static const QStringList statuses = {QStringLiteral("won"), QStringLiteral("lost"),
                                         QStringLiteral("closed")};
    return statuses;
}

bool isEnded(const QString &status)
{
    return endedStatuses().contains(status);
}

} // namespace CampaignRules
