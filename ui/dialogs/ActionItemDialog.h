#pragma once

#include "model/domain/ActionItem.h"
#include "ui/dialogs/RecordDialog.h"

class Database;
class DateField;
class RepeatField;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits one action item: its deadline, and when it is an event, its start
// and end (date and time in the laptop's time zone, or whole days) and place. Dates are
// picked or typed in the locale's format; a rule broken (an end before the start) is
// explained at its field.
class ActionItemDialog : public RecordDialog
{
    Q_OBJECT

public:
    ActionItemDialog(Database &database, const ActionItem &item, QWidget *parent = nullptr);

    ActionItem item() const { return m_item; }

protected:
    void check() override;

private:
    Database &m_database;
    ActionItem m_item;
    // The start's row: its editor and the all-day box beside it.
    QWidget *eventStartRow();
    void showAllDay(bool allDay);

    QLineEdit *m_title, *m_owner, *m_location, *m_link, *m_tags;
    DateField *m_due, *m_eventStart, *m_eventEnd;
    QCheckBox *m_allDay;
    RepeatField *m_repeat;
    QComboBox *m_kind, *m_campaign, *m_organization, *m_status, *m_priority;
    QPlainTextEdit *m_notes;
};
