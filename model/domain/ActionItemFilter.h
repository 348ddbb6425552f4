#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What the Action items page, the agenda and exports narrow the list by. Every
// member is optional; an empty filter selects every action item.
struct ActionItemFilter
{
    QString campaignId;
    QString organizationId;
    QStringList statuses;       // canonical words; empty means any
    QString owner;              // exact, case-insensitive
    QDate dueFrom;              // inclusive
    QDate dueTo;                // inclusive
    bool withoutDueDate = true; // when a due range is set, also keep undated items?
    QString text;               // words to search for (FTS5, prefix)
    // Items of won, lost or closed campaigns too (CampaignRules)? The pages leave them
    // out unless the person shows ended campaigns; a chosen campaign shows its items.
    bool endedCampaigns = true;

    bool operator==(const ActionItemFilter &other) const
    {
        return campaignId == other.campaignId && organizationId == other.organizationId &&
               statuses == other.statuses && owner == other.owner && dueFrom == other.dueFrom &&
               dueTo == other.dueTo && withoutDueDate == other.withoutDueDate &&
               text == other.text && endedCampaigns == other.endedCampaigns;
    }
    bool operator!=(const ActionItemFilter &other) const { return !(*this == other); }
};
