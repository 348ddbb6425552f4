#pragma once

#include "model/domain/ActionItemFilter.h"

#include <QByteArray>

class Database;

// Deadlines as iCalendar (RFC 5545), for any calendar app: a VEVENT for an item with
// an event start (vigils, trainings) and a VTODO for the rest, with due date, status,
// priority, link and the campaign as category. UIDs come from the record ids, so
// importing a newer export updates the entries instead of adding them twice.
namespace CalendarExport {

QByteArray actionItems(Database &database, const ActionItemFilter &filter);

} // namespace CalendarExport
