#include "model/reports/BurnUp.h"

#include <algorithm>

namespace BurnUp {

namespace {

// How many of the sorted days fall on or before `day`, moving `next` forward.
int countUpTo(const QVector<QDate> &sorted, int &next, const QDate &day)
{
    while (next < sorted.size() && sorted.at(next) <= day)
        ++next;
    return next;
}

} // namespace

QVector<Week> weeks(const QVector<Item> &items, QDate from, const QDate &today)
{
    QVector<QDate> added, done;
    added.reserve(items.size());
    for (const Item &item : items) {
        added << item.added;
        if (item.done.isValid())
            done << item.done;
    }
    std::sort(added.begin(), added.end());
    std::sort(done.begin(), done.end());
    if (!from.isValid())
        from = added.isEmpty() ? today : std::min(added.first(), today);
    from = std::min(from, today);

    QVector<Week> result;
    int nextAdded = 0, nextDone = 0;
    // Where the lines start: the day before the first week, so even a campaign one week
    // old draws a line, not a dot.
    const QDate before = from.addDays(-1);
    result.append({before, countUpTo(added, nextAdded, before), countUpTo(done, nextDone, before)});
    // Qt's dayOfWeek: Monday 1 … Sunday 7.
    for (QDate end = from.addDays(7 - from.dayOfWeek());; end = end.addDays(7)) {
        const QDate last = std::min(end, today);
        Week week;
        week.end = last;
        week.total = countUpTo(added, nextAdded, last);
        week.done = countUpTo(done, nextDone, last);
        result << week;
        if (last == today)
            break;
    }
    return result;
}

} // namespace BurnUp
