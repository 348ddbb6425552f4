#pragma once

#include "model/domain/EntityKind.h"
#include "model/reports/CampaignReport.h"

#include <QCoreApplication>

// The words of reports, the same in the window, the printed pages and the terminal:
// vocabulary labels, "(no owner)", a change's fields by their labels, an item's date.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString owner(const QString &name);
    static QString priority(const QString &word);
    static QString role(const QString &word);
    static QString status(const QString &word);
    static QString campaignStatus(const QString &word);
    static QString recordKind(EntityKind kind);
    // "Due date, Status": the labels of a change's fields.
    static QString fields(EntityKind kind, const QStringList &columns);
    // The locale's short date, or "no date".
    static QString day(const QDate &date);
    // An open item's due date, with its event's local start time when it has one.
    static QString when(const CampaignReport::OpenItem &item);
    static QString when(const QDate &due, const QDateTime &eventStart, bool allDay);
    // The locale's short time of day, without seconds.
    static QString time(const QTime &time);
    // A change's time, in local time and the locale's short format.
    static QString at(const QDateTime &utc);
    // "Open 4 · Done 3 · Overdue 1 · Cancelled 0"
    static QString totals(const CampaignReport &report);
};
