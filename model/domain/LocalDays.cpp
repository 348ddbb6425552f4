#include "model/domain/LocalDays.h"

#include <QDateTime>
#include <ctime>

namespace {

// The number the digits at text[from, from + length) write, or -1.
int digits(QByteArrayView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype i = from; i < from + length; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

QDate slowDayOf(QByteArrayView utcText)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(utcText.data(), utcText.size()),
                                               Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date() : QDate();
}

} // namespace

LocalDays::LocalDays()
{
    tzset(); // the zone as the laptop has it now; Qt's own conversions keep it current
}

QDate LocalDays::calendarDay(QByteArrayView isoDay)
{
    if (isoDay.size() != 10 || isoDay.at(4) != '-' || isoDay.at(7) != '-')
        return {};
    const int year = digits(isoDay, 0, 4), month = digits(isoDay, 5, 2), day = digits(isoDay, 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

const LocalDays::DayOffset &LocalDays::offsetOn(const QDate &utcDay)
{
    auto found = m_offsets.constFind(utcDay.toJulianDay());
    if (found != m_offsets.cend())
        return *found;
    // The C library's localtime_r, which Qt's local time is made of, without the
    // tzset() (a stat of /etc/localtime) Qt's QDateTime asks for at each conversion.
    const auto offsetAt = [](qint64 secondsSinceEpoch, long &seconds) {
        const time_t at = time_t(secondsSinceEpoch);
        tm local{};
        if (!localtime_r(&at, &local))
            return false;
        seconds = local.tm_gmtoff;
        return true;
    };
    const qint64 start = QDateTime(utcDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    long atStart = 0, atEnd = 0;
    DayOffset offset;
    offset.steady =
        offsetAt(start, atStart) && offsetAt(start + 24 * 3600 - 1, atEnd) && atStart == atEnd;
    offset.seconds = int(atStart);
    return *m_offsets.insert(utcDay.toJulianDay(), offset);
}

QDate LocalDays::dayOf(QByteArrayView utcText)
{
    if (utcText.isEmpty())
        return {};
    // YYYY-MM-DDTHH:MM:SS then anything up to a final Z (fractions of a second).
    const bool stored = utcText.size() >= 20 && utcText.at(10) == 'T' && utcText.at(13) == ':' &&
                        utcText.at(16) == ':' && utcText.back() == 'Z';
    const QDate utcDay = stored ? calendarDay(utcText.first(10)) : QDate();
    const int hours = stored ? digits(utcText, 11, 2) : -1,
              minutes = stored ? digits(utcText, 14, 2) : -1,
              seconds = stored ? digits(utcText, 17, 2) : -1;
    if (!utcDay.isValid() || hours < 0 || minutes < 0 || seconds < 0)
        return slowDayOf(utcText);
    const DayOffset &offset = offsetOn(utcDay);
    if (!offset.steady)
        return slowDayOf(utcText);
    const int local = hours * 3600 + minutes * 60 + seconds + offset.seconds;
    const int secondsPerDay = 24 * 3600;
    // Floor division: an offset west of Greenwich can move the day back by one.
    const int dayShift =
        local >= 0 ? local / secondsPerDay : -((secondsPerDay - 1 - local) / secondsPerDay);
    return utcDay.addDays(dayShift);
}
