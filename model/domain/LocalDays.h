#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QHash>

// The local calendar day of stored UTC timestamps ("2021-12-15T17:38:16.827Z"), for
// passes over thousands of them (a campaign's burn-up): the laptop's offset from UTC is
// asked of the C library once per UTC day, not once per timestamp. A day on which the
// offset changes (daylight saving time), and any text not in the stored form, is
// converted by Qt one timestamp at a time, so the answer is always toLocalTime().date().
class LocalDays
{
public:
    LocalDays();
    // An invalid QDate for an empty or unreadable text.
    QDate dayOf(QByteArrayView utcText);
    // A stored day ("2021-12-15") read without a QString; invalid if it is not one.
    static QDate calendarDay(QByteArrayView isoDay);

private:
    // The offset in seconds for the whole UTC day, or none when it changes that day.
    struct DayOffset
    {
        bool steady = false;
        int seconds = 0;
    };
    const DayOffset &offsetOn(const QDate &utcDay);

    QHash<qint64, DayOffset> m_offsets; // by the UTC day's Julian day number
};
