#pragma once

#include "model/domain/Campaign.h"
#include "model/domain/EntityKind.h"
#include "model/reports/BurnUp.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

// Where a campaign stands, as its report shows it and its one-pager prints it. Built by
// CampaignReportQuery; plain values, so the window, the PDF and the terminal read the
// same numbers.
struct CampaignReport
{
    // Open items of one owner or one priority (word as stored; "" for no owner).
    struct Count
    {
        QString name;
        int open = 0;
        int overdue = 0;
    };
    struct OpenItem
    {
        QString id;
        QString title;
        QString owner;
        QString status;
        QString priority;
        QString organization;
        QDate due;
        QDateTime eventStart; // UTC; invalid for a task
        bool allDay = false;
    };
    struct Partner
    {
        QString organizationId;
        QString name;
        QString role; // Vocabulary::partnerRole() word
        QString commitment;
        int openItems = 0; // the campaign's open items assigned to this organization
    };
    // One record's fields changed by one person, from the stamps (the latest change of
    // each field: the feed keeps state, not a log).
    struct Change
    {
        QDateTime at; // UTC, the latest of the fields' stamps
        QString author;
        EntityKind kind = EntityKind::ActionItem;
        QString recordId;
        QString recordName;
        QStringList fields; // column names, alphabetical ("occurrence" for a done or skipped date)
    };

    Campaign campaign;
    QDate today;
    QDate changesSince; // the first day whose changes are listed

    int openCount = 0;
    int doneCount = 0;
    int overdueCount = 0;
    int cancelledCount = 0;
    QVector<BurnUp::Week> burnUp;
    QVector<Count> openByOwner;    // most open first
    QVector<Count> openByPriority; // urgent first, every priority listed
    QVector<OpenItem> openItems;   // by due date, undated last; at most listLimit
    QVector<Partner> partners;     // leads first, then partners, signatories, …
    QVector<Change> changes;       // newest first; at most listLimit

    static constexpr int listLimit = 200;
};
