#pragma once

#include "model/domain/ActionItem.h"
#include "model/domain/AgendaBucket.h"
#include "model/records/EndedCampaigns.h"

#include <QVector>

class Database;

// The open action items by deadline, as the agenda command and the Deadlines page
// show them: grouped into buckets relative to today, overdue first. Each bucket is
// one indexed query with a cap, so a million items cost what a hundred do.
class Agenda
{
public:
    struct Entry
    {
        ActionItem item;
        QString campaignName;
        // A repeating item's coming occurrence: item.dueDate is that day (and its event
        // moved to it); the item itself is due earlier.
        bool upcoming = false;
    };
    // How many occurrences of a repeating item the agenda shows: the one due and the
    // next ones, "a weekly call's next four dates".
    static constexpr int occurrencesShown = 4;
    struct Group
    {
        AgendaBucket bucket;
        QVector<Entry> entries;
        int total = 0; // all open items of the bucket; entries holds at most the cap
    };

    // days < 0: everything open, undated items included; otherwise items due up to
    // today + days (overdue ones always), without undated items. Empty buckets are left out.
    // Items of ended campaigns are left out unless ended is Shown.
    static QVector<Group> build(Database &database, const QDate &today, int days = -1,
                                int perBucketLimit = 100000,
                                EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden);
    // The open items due on one day (the calendar's choice), as a single group.
    static QVector<Group> forDay(Database &database, const QDate &day, const QDate &today,
                                 int limit = 100000,
                                 EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden);
};
