#include "model/domain/AgendaBucket.h"

#include <QCoreApplication>

AgendaBucket agendaBucketFor(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return AgendaBucket::NoDate;
    const qint64 days = today.daysTo(due);
    if (days < 0)
        return AgendaBucket::Overdue;
    if (days == 0)
        return AgendaBucket::Today;
    if (days <= 7)
        return AgendaBucket::ThisWeek;
    if (days <= 30)
        return AgendaBucket::Next30Days;
    return AgendaBucket::Later;
}

QString agendaBucketLabel(AgendaBucket bucket)
{
    switch (bucket) {
    case AgendaBucket::Overdue:
        return QCoreApplication::translate("Agenda", "Overdue");
    case AgendaBucket::Today:
        return QCoreApplication::translate("Agenda", "Today");
    case AgendaBucket::ThisWeek:
        return QCoreApplication::translate("Agenda", "This week");
    case AgendaBucket::Next30Days:
        return QCoreApplication::translate("Agenda", "Next 30 days");
    case AgendaBucket::Later:
        return QCoreApplication::translate("Agenda", "Later");
    case AgendaBucket::NoDate:
        return QCoreApplication::translate("Agenda", "No date");
    }
    return {};
}
