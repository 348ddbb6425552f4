#include "ui/reports/ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

namespace {

QChart *newChart(ReportCharts::Look look, const QString &title)
{
    auto *chart = new QChart;
    chart->setTheme(look == ReportCharts::Look::Dark ? QChart::ChartThemeDark
                                                     : QChart::ChartThemeLight);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A count axis from 0 with whole-number ticks.
QValueAxis *countAxis(int highest)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1, highest));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(qMin(qMax(2, highest + 1), 6));
    if (highest > 5)
        axis->applyNiceNumbers();
    return axis;
}

} // namespace

namespace ReportCharts {

Look lookOf(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Look::Dark : Look::Light;
}

QChart *burnUp(const CampaignReport &report, Look look)
{
    QChart *chart = newChart(
        look, QCoreApplication::translate("ReportCharts", "Action items done, week by week"));
    auto *total = new QLineSeries;
    total->setName(QCoreApplication::translate("ReportCharts", "All action items"));
    auto *done = new QLineSeries;
    done->setName(QCoreApplication::translate("ReportCharts", "Done"));
    int highest = 0;
    for (const BurnUp::Week &week : report.burnUp) {
        const qreal when = QDateTime(week.end, QTime(12, 0)).toMSecsSinceEpoch();
        total->append(when, week.total);
        done->append(when, week.done);
        highest = qMax(highest, week.total);
    }
    chart->addSeries(total);
    chart->addSeries(done);
    total->setPointsVisible(true);
    done->setPointsVisible(true);
    QPen donePen = done->pen();
    donePen.setWidthF(3);
    done->setPen(donePen);

    auto *weeks = new QDateTimeAxis;
    weeks->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (!report.burnUp.isEmpty()) {
        const QDate first = report.burnUp.first().end;
        weeks->setRange(QDateTime(first, QTime(0, 0)),
                        QDateTime(report.burnUp.last().end, QTime(23, 59)));
    }
    weeks->setTickCount(qBound(2, int(report.burnUp.size()), 6));
    chart->addAxis(weeks, Qt::AlignBottom);
    QValueAxis *counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignLeft);
    for (QLineSeries *series : {total, done}) {
        series->attachAxis(weeks);
        series->attachAxis(counts);
    }
    return chart;
}

QChart *campaigns(const CoalitionOverview &overview, Look look)
{
    QChart *chart = newChart(
        look, QCoreApplication::translate("ReportCharts", "Action items of each campaign"));
    auto *overdue = new QBarSet(QCoreApplication::translate("ReportCharts", "Overdue"));
    auto *open = new QBarSet(QCoreApplication::translate("ReportCharts", "Open, not overdue"));
    auto *done = new QBarSet(QCoreApplication::translate("ReportCharts", "Done"));
    overdue->setColor(QColor(0xc0, 0x1c, 0x28));
    QStringList names;
    int highest = 0;
    // Bars run bottom-up; the list reads top-down, so the first campaign goes last.
    for (auto line = overview.campaigns.crbegin(); line != overview.campaigns.crend(); ++line) {
        names << (line->name.size() > 32 ? line->name.left(31) + QChar(0x2026) : line->name);
        *overdue << line->overdue;
        *open << line->open - line->overdue;
        *done << line->done;
        highest = qMax(highest, line->open + line->done);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({overdue, open, done});
    chart->addSeries(series);
    auto *campaignAxis = new QBarCategoryAxis;
    campaignAxis->append(names);
    campaignAxis->setTruncateLabels(false);
    chart->addAxis(campaignAxis, Qt::AlignLeft);
    series->attachAxis(campaignAxis);
    QValueAxis *counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    return chart;
}

} // namespace ReportCharts
