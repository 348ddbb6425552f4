#pragma once

#include "model/reports/CampaignReport.h"
#include "model/reports/CoalitionOverview.h"

#include <QTextStream>

// "coalition report" without --pdf: the report as plain text, for a terminal or a mail.
namespace ReportTerminalText {

void campaign(QTextStream &out, const CampaignReport &report);
void overview(QTextStream &out, const CoalitionOverview &overview);

} // namespace ReportTerminalText
