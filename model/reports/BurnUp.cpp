#include "model/reports/BurnUp.h"

#include <algorithm>

namespace BurnUp {

namespace {

struct Cursor
{
    int next = 0;  // the first day not yet counted
    int total = 0; // items on the days counted
};

// How many items of the sorted days fall on or before `day`, moving the cursor forward.
int countUpTo(const QVector<QPair<QDate, int>> &sorted, Cursor &cursor, const QDate &day)
{
    while (cursor.next < sorted.size() && sorted.at(cursor.next).first <= day)
        cursor.total += sorted.at(cursor.next++).second;
    return cursor.total;
}

} // namespace

QVector<Week> weeks(const QVector<Item> &items, QDate from, const QDate &today)
{
    // (day, how many) sorted by day, walked once for all the weeks.
    using Days = QVector<QPair<QDate, int>>;
    Days added, done;
    added.reserve(items.size());
    for (const Item &item : items) {
        added.append({item.added, item.count});
        if (item.done.isValid())
            done.append({item.done, item.count});
    }
    std::sort(added.begin(), added.end());
    std::sort(done.begin(), done.end());
    if (!from.isValid())
        from = added.isEmpty() ? today : std::min(added.first().first, today);
    from = std::min(from, today);

    QVector<Week> result;
    Cursor nextAdded, nextDone;
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
