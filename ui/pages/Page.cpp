#include "ui/pages/Page.h"

#include "model/settings/Settings.h"

#include "model/lists/PagedQueryModel.h"
#include "model/records/RepositoryBase.h"
#include "model/storage/Database.h"
#include "ui/dialogs/RecordEditor.h"
#include "ui/pages/EmptyState.h"
#include "ui/print/Printouts.h"

#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

Page::Page(EntityKind kind, RecordEditor &editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_kind(kind)
{}

void Page::editCurrent()
{
    if (!currentId().isEmpty())
        m_editor.edit(m_kind, currentId());
}

void Page::deleteCurrent()
{
    if (!currentId().isEmpty())
        m_editor.deleteRecord(m_kind, currentId());
}

std::optional<Printout> Page::printout(QWidget *)
{
    return listPrintout({});
}

Printout Page::listPrintout(const QVector<int> &columns) const
{
    return Printouts::tableOf(
        title(), {},
        [this](const std::function<bool(const QStringList &)> &write) {
            writeRows(false, write, {});
        },
        columns);
}

bool Page::canMerge() const
{
    return (m_kind == EntityKind::Organization || m_kind == EntityKind::Contact) &&
           !currentId().isEmpty();
}

void Page::mergeCurrent()
{
    if (canMerge())
        m_editor.mergeRecord(m_kind, currentId());
}

QSplitter *Page::layOut(QLayout *filters, QWidget *list, QWidget *footer, QWidget *detail,
                        int listStretch, int detailStretch)
{
    auto *left = new QWidget(this);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(0, 0, 0, 0);
    if (filters)
        column->addLayout(filters);
    column->addWidget(list, 1);
    if (footer)
        column->addWidget(footer);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, detailStretch);
    // Initial proportions (sizes are scaled to the space there is); saved ones win later.
    splitter->setSizes({listStretch * 1000, detailStretch * 1000});
    splitter->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    return splitter;
}

void Page::layOutAlone(QWidget *content)
{
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void Page::setEmptyState(const QString &heading, const QString &explanation, const QString &button)
{
    m_empty = new EmptyState(heading, explanation, button, m_stack);
    m_stack->addWidget(m_empty);
    connect(m_empty->button(), &QPushButton::clicked, this, &Page::newRecord);
    ChangeNotifier &notifier = m_editor.database().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, [this](const Change &change) {
        // Only a first record ends the empty state, only a deletion can start it.
        const bool showingEmpty = m_stack->currentWidget() == m_empty;
        if (change.entity == m_kind && (showingEmpty ? change.type == Change::Type::Created
                                                     : change.type == Change::Type::Deleted))
            updateEmptyState();
    });
    connect(&notifier, &ChangeNotifier::batchCommitted, this, &Page::updateEmptyState);
    updateEmptyState();
}

bool Page::isEmpty() const
{
    return RepositoryBase(m_editor.database(), m_kind).isEmpty();
}

void Page::updateEmptyState()
{
    if (!m_empty)
        return;
    const bool empty = isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_stack->widget(0));
}

bool Page::selectRow(QTableView *table, PagedQueryModel *model, const QString &id, int column)
{
    while (model->rowOf(id) < 0 && model->canFetchMore({}))
        model->fetchMore({});
    const int row = model->rowOf(id);
    if (row < 0)
        return false;
    table->setCurrentIndex(model->index(row, column));
    table->scrollTo(table->currentIndex());
    return true;
}

void Page::selectFirstRow(QTableView *table, int column)
{
    QAbstractItemModel *model = table->model();
    if (model->rowCount() == 0 && model->canFetchMore({}))
        model->fetchMore({});
    if (model->rowCount() > 0 && !table->currentIndex().isValid())
        table->setCurrentIndex(model->index(0, column));
}

void Page::saveState(Settings &settings) const
{
    if (auto *splitter = findChild<QSplitter *>())
        settings.setPageLayout(objectName(), splitter->saveState());
}

void Page::restoreState(const Settings &settings)
{
    if (auto *splitter = findChild<QSplitter *>())
        splitter->restoreState(settings.pageLayout(objectName()));
}
