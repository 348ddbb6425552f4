#include "ui/pages/DeadlinesPage.h"

#include "ui/dialogs/AlertColour.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Clock.h"
#include "model/lists/AgendaModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/Agenda.h"
#include "model/storage/Database.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/print/Printouts.h"

#include <QCalendarWidget>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTextCharFormat>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Bucket rows bold; overdue items in a red that reads on light and dark palettes.
class AgendaDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The same breathing room as the other pages' tables.
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.parent().isValid()) {
            option->font.setBold(true);
            return;
        }
        if (index.data(AgendaModel::BucketRole).toInt() == int(AgendaBucket::Overdue)) {
            option->palette.setColor(QPalette::Text, AlertColour::on(option->palette));
            option->font.setBold(true);
        }
    }
};

} // namespace

DeadlinesPage::DeadlinesPage(Database &database, RecordEditor &editor, QWidget *parent)
    : Page(EntityKind::ActionItem, editor, parent), m_database(database)
{
    setObjectName(QStringLiteral("deadlinesPage"));
    m_model = new AgendaModel(database, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setAccessibleName(tr("Deadlines"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new AgendaDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
    const int letter = fontMetrics().averageCharWidth();
    // A date, an event's start time in this locale and the repeat mark, in bold (overdue
    // rows are), beside the tree's indentation (two levels: items are under buckets).
    QFont bold = font();
    bold.setBold(true);
    const QString widest = QStringLiteral("0000-00-00 ") +
                           QLocale().toString(QTime(22, 59), QLocale::ShortFormat) +
                           QStringLiteral(" \u21bb");
    m_tree->setColumnWidth(AgendaModel::Due, QFontMetrics(bold).horizontalAdvance(widest) +
                                                 2 * m_tree->indentation() + 2 * letter);
    m_tree->setColumnWidth(AgendaModel::Campaign, 28 * letter);
    m_tree->setColumnWidth(AgendaModel::Owner, 23 * letter);
    m_tree->installEventFilter(this);

    m_calendar = new QCalendarWidget(this);
    m_calendar->setObjectName(QStringLiteral("deadlineCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setSelectedDate(database.clock().today());
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    auto *allDays = new QPushButton(tr("Show &all days"), this);
    allDays->setObjectName(QStringLiteral("showAllDays"));
    auto *done = new QPushButton(tr("Mark &done"), this);
    done->setObjectName(QStringLiteral("agendaMarkDone"));
    done->setToolTip(tr("Mark the chosen action item done (Space)"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_calendar);
    sideLayout->addWidget(m_heading);
    sideLayout->addWidget(allDays);
    sideLayout->addWidget(done);
    sideLayout->addStretch(1);
    layOut(nullptr, m_tree, nullptr, side, 3, 1);
    setEmptyState(tr("Nothing to do yet"),
                  tr("The open action items with a due date, overdue first, then today, this "
                     "week and later; the calendar marks the days they fall on."),
                  tr("Add an action item"));

    connect(m_calendar, &QCalendarWidget::clicked, this, &DeadlinesPage::showDay);
    connect(m_calendar, &QCalendarWidget::activated, this, &DeadlinesPage::showDay);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &DeadlinesPage::markCalendar);
    connect(allDays, &QPushButton::clicked, this, [this] { showDay({}); });
    connect(done, &QPushButton::clicked, this, &DeadlinesPage::markCurrentDone);
    connect(m_tree, &QTreeView::doubleClicked, this, &Page::editCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandAll();
        markCalendar();
    });
    expandAll();
    markCalendar();
    showDay({});
}

void DeadlinesPage::expandAll()
{
    m_tree->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, {}, true);
}

void DeadlinesPage::markCalendar()
{
    const QDate first(m_calendar->yearShown(), m_calendar->monthShown(), 1);
    // The grid also shows days of the neighbouring months.
    const QMap<QDate, int> counts =
        ActionItemRepository(m_database)
            .openItemsPerDay(first.addDays(-7), first.addMonths(1).addDays(14),
                             m_endedShown ? EndedCampaigns::Shown::Shown
                                          : EndedCampaigns::Shown::Hidden);
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat()); // clear earlier marks
    const QDate today = m_database.clock().today();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontUnderline(true);
        if (it.key() < today)
            format.setForeground(AlertColour::on(m_calendar->palette()));
        format.setToolTip(tr("%n open action item(s) due", nullptr, it.value()));
        m_calendar->setDateTextFormat(it.key(), format);
    }
}

bool DeadlinesPage::eventFilter(QObject *watched, QEvent *event)
{
    // Space marks the chosen item done, as on the Action items page.
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        markCurrentDone();
        return true;
    }
    return Page::eventFilter(watched, event);
}

void DeadlinesPage::showDay(const QDate &day)
{
    m_model->setDay(day);
    if (day.isValid())
        m_heading->setText(
            tr("Showing the deadlines of %1.").arg(QLocale().toString(day, QLocale::LongFormat)));
    else
        m_heading->setText(
            tr("Showing every open deadline. Choose a day in the calendar to see only that day."));
}

QString DeadlinesPage::currentId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(AgendaModel::IdRole).toString();
}

void DeadlinesPage::markCurrentDone()
{
    const QString id = currentId();
    if (!id.isEmpty())
        m_editor.setActionStatus(id, ActionRules::doneStatus());
}

int DeadlinesPage::writeRows(bool withId, const std::function<bool(const QStringList &)> &write,
                             const std::function<bool(int)> &progress) const
{
    // The agenda as shown, with its group as the first column.
    QStringList header;
    if (withId)
        header << QStringLiteral("id");
    header << tr("Group");
    for (int column = 0; column < AgendaModel::ColumnCount; ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    if (!write(header))
        return 0;
    int rows = 0;
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex bucket = m_model->index(group, 0);
        const QString label =
            agendaBucketLabel(AgendaBucket(bucket.data(AgendaModel::BucketRole).toInt()));
        for (int row = 0; row < m_model->rowCount(bucket); ++row) {
            QStringList cells;
            if (withId)
                cells << m_model->index(row, 0, bucket).data(AgendaModel::IdRole).toString();
            cells << label;
            for (int column = 0; column < AgendaModel::ColumnCount; ++column)
                cells << m_model->index(row, column, bucket).data().toString();
            if (!write(cells))
                return rows;
            ++rows;
        }
    }
    if (progress)
        progress(rows);
    return rows;
}

int DeadlinesPage::rowCountForExport() const
{
    int rows = 0;
    for (int group = 0; group < m_model->rowCount(); ++group)
        rows += m_model->rowCount(m_model->index(group, 0));
    return rows;
}

void DeadlinesPage::newRecord()
{
    m_editor.newActionItem();
}

void DeadlinesPage::showRecord(const QString &id)
{
    QModelIndex index = m_model->indexOf(id);
    if (!index.isValid()) {
        showDay({});
        index = m_model->indexOf(id);
    }
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

std::optional<Printout> DeadlinesPage::printout(QWidget *)
{
    // The handout: the open items by deadline, overdue first, as the agenda groups them.
    const QDate today = m_database.clock().today();
    return Printouts::agenda(
        Agenda::build(m_database, today, -1, 500,
                      m_endedShown ? EndedCampaigns::Shown::Shown : EndedCampaigns::Shown::Hidden),
        today);
}

void DeadlinesPage::setEndedCampaignsShown(bool shown)
{
    if (shown == m_endedShown)
        return;
    m_endedShown = shown;
    m_model->setEndedCampaigns(shown ? EndedCampaigns::Shown::Shown
                                     : EndedCampaigns::Shown::Hidden);
    markCalendar();
}
