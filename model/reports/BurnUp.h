#pragma once

#include <QDate>
#include <QVector>

// A burn-up: per week, how many action items the campaign had (its scope, cancelled
// items left out) and how many of them were done by the end of that week. The line of
// done items climbing toward the line of all items is the campaign moving.
namespace BurnUp {

struct Week
{
    QDate end; // the week's last day (a Sunday), or today for the week under way
    int total = 0;
    int done = 0;
};

struct Item
{
    QDate added;   // the day it joined the campaign (created, or done, if earlier)
    QDate done;    // invalid: not done
    int count = 1; // how many items share these days
};

// The day before `from` (where the lines start), then weeks ending on Sundays from the
// week holding `from` up to the one holding `today`, the last ending today. An item counts from the
// day it was added; done ones from the day they were done. An invalid `from` starts at the earliest
// item (or today).
QVector<Week> weeks(const QVector<Item> &items, QDate from, const QDate &today);

} // namespace BurnUp
