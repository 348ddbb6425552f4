#include "ui/pages/TableSetup.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace TableSetup {

void configure(QTableView *table, int defaultSort, int stretchColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are chosen whole; Tab going from cell to cell kept a keyboard user inside
    // the list. The arrow keys move within it, Tab moves on to the next control.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    // Set the indicator before enabling sorting: enabling sorts by it at once.
    table->horizontalHeader()->setSortIndicator(defaultSort, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setHighlightSections(false);
}

void fitColumns(QTableView *table, const QVector<QPair<int, int>> &columnWidthsInLetters)
{
    const int letter = table->fontMetrics().averageCharWidth();
    for (const auto &[column, letters] : columnWidthsInLetters)
        table->setColumnWidth(column, letters * letter + 16);
}

void fitColumnToTexts(QTableView *table, int column, const QStringList &texts)
{
    QFont bold = table->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width =
        metrics.horizontalAdvance(table->model()->headerData(column, Qt::Horizontal).toString()) +
        24;
    for (const QString &text : texts)
        width = qMax(width, metrics.horizontalAdvance(text) + 16);
    table->setColumnWidth(column, width);
}

void filterAsYouType(QLineEdit *field, QObject *context, std::function<void()> apply)
{
    auto *pause = new QTimer(context);
    pause->setSingleShot(true);
    pause->setInterval(150);
    QObject::connect(pause, &QTimer::timeout, context, apply);
    // Only the user's typing waits; text the program sets is applied by the caller.
    QObject::connect(field, &QLineEdit::textEdited, pause, qOverload<>(&QTimer::start));
    QObject::connect(field, &QLineEdit::returnPressed, context, [pause, apply] {
        pause->stop();
        apply();
    });
}

} // namespace TableSetup
