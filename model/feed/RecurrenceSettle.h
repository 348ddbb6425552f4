#pragma once

#include "model/feed/FeedMerge.h"

#include <functional>

// A repeating action item's due date after a merge (docs/recurrence.md): what became of
// each occurrence is a field of its own ("occurrence:2021-12-07" = "done" or "skipped"),
// so laptops that completed different occurrences offline keep every completion, and two
// that completed the same one keep one. The due date is the first occurrence of the series
// with no outcome; where the merged one is not (each side moved it past what it had
// done), it is set so, stamped by the laptop that settles it. Every laptop computes the
// same day from the same merged fields, so they agree.
namespace RecurrenceSettle {

void settle(FeedMerge::Result &merged, const std::function<Stamp()> &stamp, const QString &author);

} // namespace RecurrenceSettle
