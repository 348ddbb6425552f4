#pragma once

#include "model/domain/Campaign.h"
#include "ui/dialogs/RecordDialog.h"

class Database;
class QComboBox;
class DateField;
class QLineEdit;
class QPlainTextEdit;

class CampaignDialog : public RecordDialog
{
    Q_OBJECT

public:
    CampaignDialog(Database &database, const Campaign &campaign, QWidget *parent = nullptr);

    Campaign campaign() const { return m_campaign; }

protected:
    void check() override;

private:
    Database &m_database;
    Campaign m_campaign;
    QLineEdit *m_name, *m_issueArea, *m_target, *m_tags;
    DateField *m_start, *m_end;
    QComboBox *m_status;
    QPlainTextEdit *m_goal, *m_description, *m_links;
};
