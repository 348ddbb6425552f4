#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What "open", "done" and "overdue" mean for an action item. Every page, the agenda,
// the reminder, the queries and the exports ask here, so the Action items page's
// "Open" filter, the red overdue rows and the reminder's count can never disagree.
namespace ActionRules {

// The canonical statuses of an item still to be done: "todo" and "doing".
const QStringList &openStatuses();
bool isOpen(const QString &status);
bool isDone(const QString &status);
// "done" for an open item, "todo" for one done or cancelled: what Space and "Mark
// done" turn an item into.
QString toggledStatus(const QString &status);
QString doneStatus();
// An open item is overdue once its due day has passed; today's items are not.
QDate lastOverdueDay(const QDate &today);
bool isOverdue(const QDate &due, const QString &status, const QDate &today);

} // namespace ActionRules
