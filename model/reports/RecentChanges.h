#pragma once

#include "model/reports/CampaignReport.h"

class Database;

// Who changed what lately, read from the field stamps: each stamp holds the latest
// change of one field (its time and author), so a record's fields changed by one person
// since a day are grouped into one line.
namespace RecentChanges {

// The campaign itself, its partnerships and the given action items (by seq: the
// campaign's whose updated_at is at least recentSince(since), as only they can hold a
// stamp that recent),
// changed on or after `since` (local midnight); newest first, at most `limit` lines.
QVector<CampaignReport::Change> forCampaign(Database &database, const QString &campaignId,
                                            const QVector<qint64> &recentItems, const QDate &since,
                                            int limit);
// The updated_at (ISO, UTC) a record changed since `since` has at least. A record's
// updated_at is its latest stamp's time; a day's slack covers a stamp whose clock ran
// ahead of the laptop that wrote it.
QString recentSince(const QDate &since);

} // namespace RecentChanges
