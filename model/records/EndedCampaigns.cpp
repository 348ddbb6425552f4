#include "model/records/EndedCampaigns.h"

#include "model/domain/CampaignRules.h"

#include <QStringList>

namespace EndedCampaigns {

QString campaignEnded(const QString &alias)
{
    QStringList quoted;
    for (const QString &status : CampaignRules::endedStatuses())
        quoted << QLatin1Char('\'') + status + QLatin1Char('\'');
    const QString column =
        alias.isEmpty() ? QStringLiteral("status") : alias + QStringLiteral(".status");
    return QStringLiteral("%1 IN (%2)").arg(column, quoted.join(QStringLiteral(", ")));
}

QString itemInCurrentCampaign(const QString &alias)
{
    const QString column =
        alias.isEmpty() ? QStringLiteral("campaign_id") : alias + QStringLiteral(".campaign_id");
    // Ended campaigns are few: SQLite gathers their ids once per statement.
    return QStringLiteral("(%1 IS NULL OR %1 NOT IN (SELECT id FROM campaigns WHERE %2))")
        .arg(column, campaignEnded());
}

} // namespace EndedCampaigns
