#include "ui/pages/ActionItemDelegate.h"

#include "ui/dialogs/AlertColour.h"

#include "model/domain/ActionRules.h"
#include "model/domain/Clock.h"
#include "model/lists/ActionItemTableModel.h"

#include <QApplication>
#include <QPalette>

ActionItemDelegate::ActionItemDelegate(const Clock &clock, QObject *parent)
    : QStyledItemDelegate(parent), m_clock(clock)
{}

void ActionItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString status = index.data(ActionItemTableModel::StatusRole).toString();
    if (!ActionRules::isOpen(status)) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        if (index.column() == ActionItemTableModel::Title)
            option->font.setStrikeOut(status == QLatin1String("cancelled"));
        return;
    }
    const QDate due = index.data(ActionItemTableModel::DueDateRole).toDate();
    const bool overdue = ActionRules::isOverdue(due, status, m_clock.today());
    if (overdue && (index.column() == ActionItemTableModel::Due ||
                    index.column() == ActionItemTableModel::Title)) {
        option->palette.setColor(QPalette::Text, AlertColour::on(option->palette));
        option->font.setBold(true);
    }
    if (index.column() == ActionItemTableModel::Priority &&
        index.data(ActionItemTableModel::PriorityRole).toString() == QLatin1String("urgent"))
        option->font.setBold(true);
}
