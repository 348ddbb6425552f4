#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

// A date, or a date and time, that may be none: typed in the locale's short format
// (12/16/2021 in the United States, 16/12/2021 in Spain, or 2021-12-16 anywhere; a time
// as 6:30 PM or 18:30) or picked from a calendar that the arrow button, F4 or Alt+Down
// opens (arrow keys move, Enter picks, Escape closes). Empty is none. A text that is
// no date is explained at the field by RecordDialog, never silently changed. Times are
// the laptop's local time.
class DateField : public QWidget
{
    Q_OBJECT

public:
    enum class Shows
    {
        Date,
        DateAndTime
    };
    // field: the column a ValidationError names ("due_date"), so the dialog shows it here.
    DateField(Shows shows, const QString &field, QWidget *parent = nullptr);

    bool isEmpty() const;
    void clear();
    QString text() const;
    QLineEdit *lineEdit() const { return m_text; }
    QCalendarWidget *calendar() const { return m_calendar; }
    bool isCalendarShown() const;

    // The day (the date part when the time shows), or an invalid QDate for none.
    // Throws ValidationError when the text is no date.
    QDate day() const;
    void setDay(const QDate &day);
    // The moment in local time, or an invalid QDateTime for none; a date typed without
    // a time is its midnight. Throws ValidationError when the text is no date and time.
    QDateTime moment() const;
    // Any time spec (a stored UTC instant) is shown in local time.
    void setMoment(const QDateTime &moment);

    // Date only (an all-day event) or date and time, keeping the value when it reads.
    void setShows(Shows shows);

    // The locale's short date format with the year in four digits ("M/d/yyyy").
    static QString dateFormat(const QLocale &locale);

    void showCalendar();

signals:
    // The person finished typing (Enter or leaving the field) or picked a day.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The date and time the text reads as, trying the locale's forms and ISO 8601; an
    // invalid QDateTime when it reads as none of them.
    QDateTime parsed(const QString &text) const;
    [[noreturn]] void refuse() const;
    void pick(const QDate &date);

    Shows m_shows;
    QString m_field;
    QLineEdit *m_text;
    QToolButton *m_button;
    QFrame *m_popup;
    QCalendarWidget *m_calendar;
};
