#pragma once

#include "model/domain/ActionItem.h"

#include <QLocale>
#include <QTime>

// How an action item's event reads to a person, in the laptop's time zone: the agenda's
// start time beside a due date, and the whole span in a detail pane.
namespace EventTimes {

// The local time the event starts, when the item is a timed event starting on its due
// day (the agenda shows the day already); an invalid QTime otherwise.
QTime startOnDueDay(const ActionItem &item);

// "Thu, 30 Dec 2021, 6:30 PM – 8:00 PM", "30 Dec 2021 – 2 Jan 2022 (all day)"; "" for
// an item that is no event.
QString span(const ActionItem &item, const QLocale &locale = QLocale());

// A repeating event's next occurrence: start and end moved so it starts on day, at the
// same local time of day (across a change of daylight saving time the UTC hour changes,
// the local one does not); an all-day event's days move as days. Invalid stays invalid.
void moveToDay(QDateTime &start, QDateTime &end, bool allDay, const QDate &day);

} // namespace EventTimes
