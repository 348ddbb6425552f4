#pragma once

#include "model/reports/CampaignReport.h"

class Database;

// Who changed what lately, read from the field stamps: each stamp holds the latest
// change of one field (its time and author), so a record's fields changed by one person
// since a day are grouped into one line.
namespace RecentChanges {

// The campaign itself, its partnerships and its action items, changed on or after `since`
// (local midnight); newest first, at most `limit` lines.
QVector<CampaignReport::Change> forCampaign(Database &database, const QString &campaignId,
                                            const QDate &since, int limit);

} // namespace RecentChanges
