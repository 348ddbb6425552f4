#pragma once

#include "model/intake/IntakeRules.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>
#include <QVector>

// The dates an alert names, in the forms alerts write them: "December 17, 2021",
// "12/30/2021" (30/12/2021 in Spanish), "Dec. 17", "Friday, September 17",
// "17 de diciembre de 2021", "tomorrow" (from the alert's own date), "throughout July"
// and "August and September" (windows of whole months), each with the time that follows
// it if one does ("at 6:30 PM", "6-7:30 p.m.", "a las 18:00"). A date without its year
// is the one nearest the alert's date.
class AlertDates
{
public:
    struct Mention
    {
        qsizetype position = 0; // where in the text, and how long, for highlighting
        qsizetype length = 0;
        QDate first; // a day: first == last; a window: its first and last day
        QDate last;
        QTime start; // invalid: no time given
        QTime end;
        bool isWindow() const { return first != last; }
    };

    explicit AlertDates(const IntakeRules &rules);

    // In order of position; `alertDay` is the day the alert was written or received.
    QVector<Mention> find(const QString &text, const QDate &alertDay) const;

private:
    void findTimes(const QString &text, Mention &mention) const;
    int monthOf(const QString &word) const;

    IntakeRules m_rules;
    QRegularExpression m_monthDay, m_dayMonth, m_numeric, m_relative, m_notRelative, m_monthWindow,
        m_time, m_yearlessLead;
};
