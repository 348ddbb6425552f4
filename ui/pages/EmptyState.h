#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What a page shows instead of a blank list while there is nothing to list: what the
// page is for, and the button that adds the first record.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &heading, const QString &explanation, const QString &button,
               QWidget *parent);

    QPushButton *button() const { return m_button; }

private:
    QPushButton *m_button;
};
