#pragma once

#include "model/reports/CampaignReport.h"
#include "model/reports/CoalitionOverview.h"

#include <QChart>

// The charts of the reports, built from the report's numbers. The caller owns the chart
// (a QChartView or a scene takes it). Dark: the dark palette's theme, for the window in
// dark mode; pages print light.
namespace ReportCharts {

enum class Look
{
    Light,
    Dark
};

// All items and done items per week, since the campaign started.
QChart *burnUp(const CampaignReport &report, Look look);
// Each current campaign's open, overdue and done items, as stacked bars.
QChart *campaigns(const CoalitionOverview &overview, Look look);
// Light or dark, as the palette's window colour is.
Look lookOf(const QPalette &palette);

} // namespace ReportCharts
