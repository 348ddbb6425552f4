#pragma once

#include "model/domain/Record.h"

#include <QDate>

struct Campaign : Record
{
    QString name;
    QString status = QStringLiteral("active"); // Vocabulary::campaignStatus()
    QString issueArea;
    QString goal;   // the ask
    QString target; // the decision-maker the campaign presses
    QDate startDate;
    QDate endDate;
    QString description;
    QStringList links;
};
