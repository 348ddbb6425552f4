#pragma once

#include <QDate>
#include <QString>

// Where an open action item falls relative to today. "This week" is the next seven
// days (not the calendar week), so on a Sunday it still shows what is coming.
enum class AgendaBucket
{
    Overdue,
    Today,
    ThisWeek,
    Next30Days,
    Later,
    NoDate
};

AgendaBucket agendaBucketFor(const QDate &due, const QDate &today);
QString agendaBucketLabel(AgendaBucket bucket);
