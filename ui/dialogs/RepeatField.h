#pragma once

#include <QDate>
#include <QWidget>

class DateField;
class QComboBox;
class QSpinBox;

// How an action item repeats: a choice of the rules organizers use, made from its due
// date ("every week on Tuesday", "every 2 weeks on Tuesday", "every month on the first
// Tuesday", "every month on day 7"), or a rule it already has; then until a date or for a
// number of times. Gives and takes an RFC 5545 RRULE value ("" for no repeat).
class RepeatField : public QWidget
{
    Q_OBJECT

public:
    RepeatField(const QString &rule, const QDate &due, QWidget *parent = nullptr);

    // The rule chosen; throws ValidationError ("recurrence") for an until date that is
    // not one.
    QString rule() const;
    // The due date the choices are made from (the dialog's, as it is edited).
    void setDue(const QDate &due);

private:
    void fillChoices(const QDate &day, const QString &keep);
    void showLimits();

    QComboBox *m_choice;
    DateField *m_until;
    QSpinBox *m_times;
};
