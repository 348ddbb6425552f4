#pragma once

#include "model/domain/ActionItemFilter.h"
#include "model/domain/ActionRules.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QVector>

// The Action items page's filter bar without its widgets: the choices each list
// offers, the filter the chosen ones make for a given day, and the match count the
// status bar shows.
class ActionItemsFilterBar
{
    // The bar's texts keep the translation context of the page they were written for.
    Q_DECLARE_TR_FUNCTIONS(ActionItemsPage)

public:
    // The "Due" list, in the order it offers them.
    enum DueWindow
    {
        AnyDue,
        Overdue,
        NextWeek,
        Next30Days,
        Undated,
        Between // dueFrom to dueTo, either open-ended
    };
    // (label, value) of the "Status" list: "Open" first, then any status, then each.
    using Choice = QPair<QString, QString>;
    static QVector<Choice> statusChoices();
    static QStringList dueChoices();
    // Index of "Any status" in statusChoices(): what showing a record outside the
    // current view falls back to.
    static constexpr int anyStatus = 1;

    QString text;
    QString campaignId;
    QString statusChoice = ActionRules::openStatuses().join(QLatin1Char(','));
    QString owner;
    DueWindow due = AnyDue;
    QDate dueFrom, dueTo;        // for Between
    bool endedCampaigns = false; // View > Show ended campaigns

    ActionItemFilter filter(const QDate &today) const;

    // Counting every match of a common word over a million items would read most of
    // the table at each keystroke; past this many, "more than" is all anyone needs.
    // A thousand: counting further cost 15-20 ms of each keystroke at a million items.
    static constexpr int countLimit = 1000;
    // "12 action items match", or "More than 1,000 …" once count reaches countLimit.
    static QString matchMessage(int count);
};
