#include "model/domain/ActionRules.h"

namespace ActionRules {

const QStringList &openStatuses()
{
    static const QStringList statuses = {QStringLiteral("todo"), QStringLiteral("doing")};
    return statuses;
}

bool isOpen(const QString &status)
{
    return openStatuses().contains(status);
}

bool isDone(const QString &status)
{
    return status == doneStatus();
}

QString doneStatus()
{
    return QStringLiteral("done");
}

QString toggledStatus(const QString &status)
{
    return isOpen(status) ? doneStatus() : openStatuses().first();
}

QDate lastOverdueDay(const QDate &today)
{
    return today.addDays(-1);
}

bool isOverdue(const QDate &due, const QString &status, const QDate &today)
{
    return isOpen(status) && due.isValid() && due <= lastOverdueDay(today);
}

} // namespace ActionRules
