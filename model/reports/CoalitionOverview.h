#pragma once

#include "model/records/Agenda.h"

#include <QDate>
#include <QVector>

class Database;

// Every current campaign side by side (open, done, overdue items and partners), the
// week's deadlines and the busiest owners: the first page of Monday's handout.
struct CoalitionOverview
{
    struct CampaignLine
    {
        QString id;
        QString name;
        QString status;
        QDate endDate;
        int open = 0;
        int done = 0;
        int overdue = 0;
        int partners = 0;
    };
    struct Owner
    {
        QString name;
        int open = 0;
        int overdue = 0;
    };

    QDate today;
    QVector<CampaignLine> campaigns; // not ended, by name
    QVector<Agenda::Group> thisWeek; // overdue, today and the next six days
    QVector<Owner> busiestOwners;    // most open items first, at most ownerLimit

    static constexpr int ownerLimit = 10;
    static constexpr int deadlineLimit = 50; // per agenda bucket

    static CoalitionOverview build(Database &database, const QDate &today);
};
