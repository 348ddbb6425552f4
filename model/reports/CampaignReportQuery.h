#pragma once

#include "model/reports/CampaignReport.h"

class Database;

// Reads a campaign's report: a handful of queries over the action_items_by_campaign
// index, the partners and the stamps of the campaign's records, so a campaign of
// 10,000 items reports in the time a page of the Action items list takes.
namespace CampaignReportQuery {

// The burn-up starts at `since` when given, else at the campaign's start date, else at
// its first item; changes are listed from `since`, else for the last changesDays days
// (today included). Throws CoalitionError when the campaign does not exist.
CampaignReport build(Database &database, const QString &campaignId, const QDate &today,
                     const QDate &since = {}, int changesDays = 30);

} // namespace CampaignReportQuery
