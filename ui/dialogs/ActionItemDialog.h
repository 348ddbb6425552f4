#pragma once

#include "model/domain/ActionItem.h"
#include "ui/dialogs/RecordDialog.h"

class Database;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Creates or edits one action item. Dates are typed (YYYY-MM-DD) so a wrong one is
// caught and explained at its field instead of silently changed.
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
    QLineEdit *m_title, *m_owner, *m_due, *m_location, *m_link, *m_tags;
    QComboBox *m_kind, *m_campaign, *m_organization, *m_status, *m_priority;
    QPlainTextEdit *m_notes;
};
