#pragma once

#include <QStyledItemDelegate>

class Clock;

// Paints action item rows the way an organizer scans them: overdue due dates stand
// out, finished and cancelled items recede, urgent ones are bold. Colours come from
// the palette so dark mode stays readable.
class ActionItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ActionItemDelegate(const Clock &clock, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const Clock &m_clock;
};
