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

} // namespace EventTimes
