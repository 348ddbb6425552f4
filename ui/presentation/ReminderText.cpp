#include "ui/presentation/ReminderText.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Clock.h"
#include "model/records/ActionItemRepository.h"
#include "model/storage/Database.h"

#include <QLocale>

QString ReminderText::compose(Database &database)
{
    const QDate today = database.clock().today();
    ActionItemRepository actions(database);
    const int dueToday = actions.countOpenItemsDue(today, today, countLimit);
    const int overdue =
        actions.countOpenItemsDue(QDate(1, 1, 1), ActionRules::lastOverdueDay(today), countLimit);
    if (dueToday == 0 && overdue == 0)
        return {};
    const QString limit = QLocale().toString(countLimit);
    QStringList parts;
    if (dueToday > 0)
        parts << (dueToday == 1 ? tr("1 action item is due today")
                  : dueToday >= countLimit
                      ? tr("more than %1 action items are due today").arg(limit)
                      : tr("%1 action items are due today").arg(dueToday));
    if (overdue > 0)
        parts << (overdue == 1            ? tr("1 action item is overdue")
                  : overdue >= countLimit ? tr("more than %1 action items are overdue").arg(limit)
                                          : tr("%1 action items are overdue").arg(overdue));
    return tr("Reminder: %1. See Deadlines (Ctrl+5).").arg(parts.join(tr(", and ")));
}
