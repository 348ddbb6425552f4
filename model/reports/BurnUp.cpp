#include "model/reports/BurnUp.h"

#include <QMap>
#include <algorithm>

namespace BurnUp {

namespace {

// How many items were added (or done) on each day, walked once in day order for all
// the weeks: a campaign's thousands of items fall on a few hundred days.
using Days = QMap<QDate, int>;

struct Cursor
{
    explicit Cursor(const Days &days) : days(days), next(days.cbegin()) {}
    const Days &days;
    Days::const_iterator next; // the first day not yet counted
    int total = 0;             // items on the days counted

    // How many items fall on or before `day`, moving forward.
    int upTo(const QDate &day)
    {
        for (; next != days.cend() && next.key() <= day; ++next)
            total += next.value();
        return total;
    }
};

} // namespace

QVector<Week> weeks(const QVector<Item> &items, QDate from, const QDate &today)
{
    Days added, done;
    for (const Item &item : items) {
        added[item.added] += item.count;
        if (item.done.isValid())
            done[item.done] += item.count;
    }
    if (!from.isValid())
        from = added.isEmpty() ? today : std::min(added.firstKey(), today);
    from = std::min(from, today);

    QVector<Week> result;
    Cursor nextAdded(added), nextDone(done);
    // Where the lines start: the day before the first week, so even a campaign one week
    // old draws a line, not a dot.
    const QDate before = from.addDays(-1);
    result.append({before, nextAdded.upTo(before), nextDone.upTo(before)});
    // Qt's dayOfWeek: Monday 1 … Sunday 7.
    for (QDate end = from.addDays(7 - from.dayOfWeek());; end = end.addDays(7)) {
        const QDate last = std::min(end, today);
        Week week;
        week.end = last;
        week.total = nextAdded.upTo(last);
        week.done = nextDone.upTo(last);
        result << week;
        if (last == today)
            break;
    }
    return result;
}

} // namespace BurnUp
