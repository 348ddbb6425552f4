#pragma once

#include <QDialog>
#include <QVector>

class QCheckBox;

// Which columns of a list to print: a box per column, some left out at first (a
// contacts list leaves phone numbers out — organizers often must not print them).
class PrintColumnsDialog : public QDialog
{
    Q_OBJECT

public:
    // columns: the list's headers; unchecked: the indexes left out at first.
    PrintColumnsDialog(const QString &explanation, const QStringList &columns,
                       const QVector<int> &unchecked, QWidget *parent = nullptr);

    // The indexes of the columns checked, in the list's order.
    QVector<int> chosen() const;

private:
    QVector<QCheckBox *> m_boxes;
};
