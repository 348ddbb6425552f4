#pragma once

#include "model/domain/ActionRules.h"
#include "model/domain/Record.h"

#include <QDate>
#include <QDateTime>

struct ActionItem : Record
{
    QString title;
    QString kind;           // call, training, sign-on, donate, event, read, share, report…
    QString campaignId;     // optional
    QString organizationId; // optional
    QString owner;
    QDate dueDate;        // optional
    QDateTime eventStart; // optional, UTC
    QDateTime eventEnd;   // optional, UTC
    // An event of whole days: its start and end are dates (the end's day included),
    // stored as midnight UTC of those dates, whatever the laptop's time zone.
    bool allDay = false;
    // A repeating item: its RFC 5545 rule ("FREQ=WEEKLY;BYDAY=TU", RecurrenceRule) and the
    // day the series starts; dueDate is then the first occurrence not yet done or skipped.
    QString recurrence;
    QDate seriesStart;
    QString location;
    QString status = QStringLiteral("todo");     // Vocabulary::actionStatus()
    QString priority = QStringLiteral("normal"); // Vocabulary::priority()
    QString link;
    QString notes;
    QString completedAt; // set when the status becomes done

    bool isOpen() const { return ActionRules::isOpen(status); }
};
