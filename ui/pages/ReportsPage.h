#pragma once

#include "model/reports/CampaignReport.h"
#include "model/reports/CoalitionOverview.h"
#include "ui/pages/Page.h"

#include <QHash>

class Database;
class QChart;
class QChartView;
class QComboBox;
class QTabWidget;
class QTableWidget;
class QTimer;

// Reports: the coalition overview (every current campaign's open, overdue and done
// items, the week's deadlines, the busiest owners) or one campaign's report (the
// burn-up of items done week by week, open items by owner and priority, partners by
// role, who changed what in the last 7 or 30 days). Each chart has its numbers in a
// table beside it, for screen readers and for copying. Printing gives the one-pager.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    ReportsPage(Database &database, RecordEditor &editor, QWidget *parent = nullptr);

    QString title() const override { return tr("Reports"); }
    void newRecord() override;
    // A campaign: shows its report.
    void showRecord(const QString &id) override;
    // The campaign reported on, or "" for the overview.
    QString currentId() const override;
    // The table of the tab shown.
    int writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                  const std::function<bool(int)> &progress) const override;
    int rowCountForExport() const override;
    std::optional<Printout> printout(QWidget *dialogParent) override;
    void setEndedCampaignsShown(bool shown) override;

    QChartView *chartView() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }
    // The table of a tab, made and filled now if it was not shown yet.
    QTableWidget *table(int tab);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillSubjects();
    void refresh();
    void showChart(QChart *chart);
    void showOverview(const CoalitionOverview &overview);
    void showCampaign(const CampaignReport &report);
    void addTable(const QString &name, const QStringList &headers, const QVector<QStringList> &rows,
                  const QVector<int> &numbers = {});
    int changesDays() const;
    // Makes the table of a tab from what addTable() kept, once.
    void fillTable(QWidget *tab);
    const QTableWidget *shownTable() const;

    Database &m_database;
    QComboBox *m_subject;
    QComboBox *m_period;
    QChartView *m_chart;
    QTabWidget *m_tabs;
    QTimer *m_refresh;
    bool m_endedShown = false;
    struct PendingTable
    {
        QString name;
        QStringList headers;
        QVector<QStringList> rows;
        QVector<int> numberColumns;
    };
    QHash<QWidget *, PendingTable> m_pending; // tabs whose table is not made yet
    bool m_stale = true; // the report shown is not the one chosen (read when shown)
};
