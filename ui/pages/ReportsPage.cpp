#include "ui/pages/ReportsPage.h"

#include "model/domain/Clock.h"
#include "model/records/CampaignRepository.h"
#include "model/records/EndedCampaigns.h"
#include "model/reports/CampaignReportQuery.h"
#include "model/storage/ChangeNotifier.h"
#include "model/storage/Database.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/presentation/ReportText.h"
#include "ui/print/Printouts.h"
#include "ui/reports/ReportCharts.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

ReportsPage::ReportsPage(Database &database, RecordEditor &editor, QWidget *parent)
    : Page(EntityKind::Campaign, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("reportSubject"));
    m_subject->setMinimumContentsLength(28);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Changes in the last 7 days"), 7);
    m_period->addItem(tr("Changes in the last 30 days"), 30);
    m_period->setCurrentIndex(1);
    auto *subjectLabel = new QLabel(tr("&Report on:"), this);
    subjectLabel->setBuddy(m_subject);
    auto *choices = new QHBoxLayout;
    choices->addWidget(subjectLabel);
    choices->addWidget(m_subject, 2);
    choices->addWidget(m_period, 1);
    choices->addStretch(1);

    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTables"));
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { fillTable(m_tabs->widget(index)); });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // half each to start; the chart's own hint is taller
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(split, 1);
    layOutAlone(content);
    setEmptyState(tr("No campaigns to report on yet"),
                  tr("Reports show how each campaign is moving: its action items done week by "
                     "week, open work by owner and priority, its partners and who changed what. "
                     "Print one for the coalition's call with File > Print."),
                  tr("Add a &campaign"));

    // Edits come in bursts (an import, a sync): read the report again once they settle.
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        fillSubjects();
        refresh();
    });
    m_stale = true;
    connect(&m_database.notifier(), &ChangeNotifier::batchCommitted, m_refresh,
            qOverload<>(&QTimer::start));
    connect(&m_database.notifier(), &ChangeNotifier::externalChange, m_refresh,
            qOverload<>(&QTimer::start));
    fillSubjects();
    connect(m_subject, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::refresh);
    // Read when first shown: a window opened on one campaign's report (--campaign) never
    // reads the whole coalition's overview first.
}

void ReportsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    Page::showEvent(event);
}

void ReportsPage::fillSubjects()
{
    const QString chosen = currentId();
    const QSignalBlocker quiet(m_subject);
    m_subject->clear();
    m_subject->addItem(tr("Coalition overview"), QString());
    const auto campaigns =
        CampaignRepository(m_database)
            .list({}, {},
                  m_endedShown ? EndedCampaigns::Shown::Shown : EndedCampaigns::Shown::Hidden);
    for (const Campaign &campaign : campaigns)
        m_subject->addItem(campaign.name, campaign.id);
    m_subject->setCurrentIndex(qMax(0, m_subject->findData(chosen)));
}

int ReportsPage::changesDays() const
{
    return m_period->currentData().toInt();
}

void ReportsPage::refresh()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const QDate today = m_database.clock().today();
    m_period->setEnabled(!currentId().isEmpty());
    if (currentId().isEmpty())
        showOverview(CoalitionOverview::build(m_database, today));
    else
        showCampaign(CampaignReportQuery::build(m_database, currentId(), today, {}, changesDays()));
}

void ReportsPage::addTable(const QString &name, const QStringList &headers,
                           const QVector<QStringList> &rows, const QVector<int> &numbers)
{
    // The table is made when its tab is first shown: six tables made up front took as
    // long as reading a 10,000-item campaign's report.
    auto *tab = new QWidget(m_tabs);
    m_pending.insert(tab, {name, headers, rows, numbers});
    m_tabs->addTab(tab, name);
}

void ReportsPage::fillTable(QWidget *tab)
{
    if (!tab || !m_pending.contains(tab))
        return;
    const PendingTable pending = m_pending.take(tab);
    const QVector<QStringList> &rows = pending.rows;
    auto *table = new QTableWidget(int(rows.size()), int(pending.headers.size()), tab);
    table->setHorizontalHeaderLabels(pending.headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setAccessibleName(pending.name);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    tab->setFocusProxy(table);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            auto *item = new QTableWidgetItem(rows.at(row).value(column));
            if (pending.numberColumns.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }
    // Columns fit their first hundred rows (Qt measures them all while the table is
    // hidden, the longest part of opening a report).
    table->show();
    table->horizontalHeader()->setResizeContentsPrecision(100);
    table->resizeColumnsToContents();
    // The widest column (a title, a name) takes the room left over.
    int widest = 0;
    for (int column = 1; column < table->columnCount(); ++column) {
        if (table->columnWidth(column) > table->columnWidth(widest))
            widest = column;
    }
    if (table->columnCount() > 0)
        table->horizontalHeader()->setSectionResizeMode(widest, QHeaderView::Stretch);
}

QTableWidget *ReportsPage::table(int tab)
{
    QWidget *page = m_tabs->widget(tab);
    fillTable(page);
    return page ? page->findChild<QTableWidget *>() : nullptr;
}

const QTableWidget *ReportsPage::shownTable() const
{
    // The tab shown is always made (currentChanged, and after each read).
    const QWidget *page = m_tabs->currentWidget();
    return page ? page->findChild<const QTableWidget *>() : nullptr;
}

void ReportsPage::showChart(QChart *chart)
{
    // The view takes the new chart and lets go of the one it showed (its own empty one at
    // first) without deleting it.
    QChart *shown = m_chart->chart();
    m_chart->setChart(chart);
    delete shown;
}

void ReportsPage::showOverview(const CoalitionOverview &overview)
{
    const int tab = m_tabs->currentIndex();
    m_pending.clear();
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    QChart *chart = ReportCharts::campaigns(overview, ReportCharts::lookOf(palette()));
    showChart(chart);
    m_chart->setAccessibleName(chart->title());
    m_chart->setAccessibleDescription(tr("The same numbers are in the Campaigns table below."));

    const QLocale locale;
    QVector<QStringList> campaigns;
    for (const CoalitionOverview::CampaignLine &line : overview.campaigns)
        campaigns.append({line.name, ReportText::campaignStatus(line.status),
                          locale.toString(line.open), locale.toString(line.overdue),
                          locale.toString(line.done), locale.toString(line.partners)});
    addTable(tr("Campaigns"),
             {tr("Campaign"), tr("Status"), tr("Open"), tr("Overdue"), tr("Done"), tr("Partners")},
             campaigns, {2, 3, 4, 5});
    QVector<QStringList> deadlines;
    for (const Agenda::Group &group : overview.thisWeek) {
        for (const Agenda::Entry &entry : group.entries)
            deadlines.append(
                {agendaBucketLabel(group.bucket),
                 ReportText::when(entry.item.dueDate, entry.item.eventStart, entry.item.allDay),
                 entry.item.title, entry.campaignName, entry.item.owner});
    }
    addTable(tr("This week's deadlines"),
             {tr("When"), tr("Due"), tr("Action item"), tr("Campaign"), tr("Owner")}, deadlines);
    QVector<QStringList> owners;
    for (const CoalitionOverview::Owner &owner : overview.busiestOwners)
        owners.append({owner.name, locale.toString(owner.open), locale.toString(owner.overdue)});
    addTable(tr("Busiest owners"), {tr("Owner"), tr("Open"), tr("Overdue")}, owners, {1, 2});
    m_tabs->setCurrentIndex(qBound(0, tab, m_tabs->count() - 1));
    fillTable(m_tabs->currentWidget());
}

void ReportsPage::showCampaign(const CampaignReport &report)
{
    const int tab = m_tabs->currentIndex();
    m_pending.clear();
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    QChart *chart = ReportCharts::burnUp(report, ReportCharts::lookOf(palette()));
    showChart(chart);
    m_chart->setAccessibleName(chart->title());
    m_chart->setAccessibleDescription(tr("The same numbers are in the Week by week table below."));

    const QLocale locale;
    QVector<QStringList> items;
    for (const CampaignReport::OpenItem &item : report.openItems)
        items.append({ReportText::when(item), item.title, ReportText::owner(item.owner),
                      ReportText::priority(item.priority), item.organization});
    addTable(tr("Open items (%1)").arg(locale.toString(report.openCount)),
             {tr("Due"), tr("Action item"), tr("Owner"), tr("Priority"), tr("Organization")},
             items);
    QVector<QStringList> partners;
    for (const CampaignReport::Partner &partner : report.partners)
        partners.append({partner.name, ReportText::role(partner.role),
                         locale.toString(partner.openItems), partner.commitment});
    addTable(tr("Partners (%1)").arg(locale.toString(report.partners.size())),
             {tr("Organization"), tr("Role"), tr("Open items"), tr("Commitment")}, partners, {2});
    QVector<QStringList> weeks;
    for (const BurnUp::Week &week : report.burnUp)
        weeks.append(
            {ReportText::day(week.end), locale.toString(week.total), locale.toString(week.done)});
    addTable(tr("Week by week"), {tr("Up to"), tr("All action items"), tr("Done")}, weeks, {1, 2});
    QVector<QStringList> owners, priorities;
    for (const CampaignReport::Count &count : report.openByOwner)
        owners.append({ReportText::owner(count.name), locale.toString(count.open),
                       locale.toString(count.overdue)});
    for (const CampaignReport::Count &count : report.openByPriority)
        priorities.append({ReportText::priority(count.name), locale.toString(count.open),
                           locale.toString(count.overdue)});
    addTable(tr("By owner"), {tr("Owner"), tr("Open"), tr("Overdue")}, owners, {1, 2});
    addTable(tr("By priority"), {tr("Priority"), tr("Open"), tr("Overdue")}, priorities, {1, 2});
    QVector<QStringList> changes;
    for (const CampaignReport::Change &change : report.changes)
        changes.append(
            {ReportText::at(change.at), change.author,
             ReportText::recordKind(change.kind) + QStringLiteral(": ") + change.recordName,
             ReportText::fields(change.kind, change.fields)});
    addTable(tr("Changes (%1)").arg(locale.toString(report.changes.size())),
             {tr("When"), tr("Who"), tr("What"), tr("Fields")}, changes);
    m_tabs->setCurrentIndex(qBound(0, tab, m_tabs->count() - 1));
    fillTable(m_tabs->currentWidget());
}

void ReportsPage::newRecord()
{
    const QString id = m_editor.newCampaign();
    if (!id.isEmpty()) {
        fillSubjects();
        showRecord(id);
    }
}

void ReportsPage::showRecord(const QString &id)
{
    int index = m_subject->findData(id);
    if (index < 0) {
        // An ended campaign while they are hidden (from search, --campaign): listed for
        // as long as it is shown.
        const auto campaign = CampaignRepository(m_database).get(id);
        if (!campaign)
            return;
        m_subject->addItem(campaign->name, campaign->id);
        index = m_subject->count() - 1;
    }
    m_subject->setCurrentIndex(index);
}

QString ReportsPage::currentId() const
{
    return m_subject->currentData().toString();
}

int ReportsPage::writeRows(bool, const std::function<bool(const QStringList &)> &write,
                           const std::function<bool(int)> &) const
{
    const QTableWidget *table = shownTable();
    if (!table)
        return 0;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column)
        header << table->horizontalHeaderItem(column)->text();
    if (!write(header))
        return 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        if (!write(cells))
            return row;
    }
    return table->rowCount();
}

int ReportsPage::rowCountForExport() const
{
    const QTableWidget *table = shownTable();
    return table ? table->rowCount() : 0;
}

std::optional<Printout> ReportsPage::printout(QWidget *)
{
    const QDate today = m_database.clock().today();
    if (currentId().isEmpty())
        return Printouts::overview(CoalitionOverview::build(m_database, today));
    return Printouts::campaign(
        CampaignReportQuery::build(m_database, currentId(), today, {}, changesDays()));
}

void ReportsPage::setEndedCampaignsShown(bool shown)
{
    if (shown == m_endedShown)
        return;
    m_endedShown = shown;
    fillSubjects();
    refresh();
}
