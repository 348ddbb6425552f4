#pragma once

#include "model/domain/ActionItem.h"

#include <QStringList>

// An action item proposed from an alert, waiting for a person: the item as it would be
// added, the organization to add first when the alert names one the database does not
// know, and the passage it came from (to highlight) with the reasons it was proposed.
struct AlertDraft
{
    ActionItem item;
    QString newOrganization; // the name of an organization to add, or ""
    qsizetype position = 0;  // the passage in the alert
    qsizetype length = 0;
    QString passage;
    QStringList reasons; // "call: “calling on”", "campaign: excluded, fund, hochul"…
};
