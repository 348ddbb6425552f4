#include "ui/presentation/ActionItemsFilterBar.h"

#include "model/domain/Vocabulary.h"

#include <QLocale>

QVector<ActionItemsFilterBar::Choice> ActionItemsFilterBar::statusChoices()
{
    QVector<Choice> choices = {{tr("Open"), ActionRules::openStatuses().join(QLatin1Char(','))},
                               {tr("Any status"), QString()}};
    for (const QString &word : Vocabulary::actionStatus().words())
        choices.append({Vocabulary::actionStatus().label(word), word});
    return choices;
}

QStringList ActionItemsFilterBar::dueChoices()
{
    return {tr("Any due date"),   tr("Overdue"),     tr("Due in 7 days"),
            tr("Due in 30 days"), tr("No due date"), tr("Between dates…")};
}

ActionItemFilter ActionItemsFilterBar::filter(const QDate &today) const
{
    ActionItemFilter filter;
    filter.text = text;
    filter.campaignId = campaignId;
    filter.statuses = statusChoice.split(QLatin1Char(','), Qt::SkipEmptyParts);
    filter.owner = owner;
    filter.endedCampaigns = endedCampaigns;
    filter.withoutDueDate = false;
    switch (due) {
    case Overdue:
        filter.dueTo = ActionRules::lastOverdueDay(today);
        break;
    case NextWeek:
        filter.dueFrom = today;
        filter.dueTo = today.addDays(7);
        break;
    case Next30Days:
        filter.dueFrom = today;
        filter.dueTo = today.addDays(30);
        break;
    case Undated:
        filter.dueFrom = QDate(9999, 12, 31); // nothing is due that late: only undated remain
        filter.withoutDueDate = true;
        break;
    case Between:
        filter.dueFrom = dueFrom;
        filter.dueTo = dueTo;
        // No date given yet: every item, as "Any due date".
        filter.withoutDueDate = !dueFrom.isValid() && !dueTo.isValid();
        break;
    case AnyDue:
        filter.withoutDueDate = true;
        break;
    }
    return filter;
}

QString ActionItemsFilterBar::matchMessage(int count)
{
    return count >= countLimit
               ? tr("More than %1 action items match").arg(QLocale().toString(countLimit))
               : tr("%1 action items match").arg(QLocale().toString(count));
}
