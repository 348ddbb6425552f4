#include "model/domain/ShiftedClock.h"

ShiftedClock::ShiftedClock(const QDate &today) : m_dayOffset(QDate::currentDate().daysTo(today)) {}

QDateTime ShiftedClock::now() const
{
    return QDateTime::currentDateTime().addDays(m_dayOffset).toUTC();
}

QDate ShiftedClock::today() const
{
    return QDate::currentDate().addDays(m_dayOffset);
}
