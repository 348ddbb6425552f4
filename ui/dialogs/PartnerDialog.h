#pragma once

#include "model/domain/CampaignPartner.h"
#include "ui/dialogs/RecordDialog.h"

class Database;
class QComboBox;
class QLineEdit;

// Adds an organization to a campaign, or changes its role and commitment.
class PartnerDialog : public RecordDialog
{
    Q_OBJECT

public:
    PartnerDialog(Database &database, const CampaignPartner &partner, QWidget *parent = nullptr);

    CampaignPartner partner() const { return m_partner; }

protected:
    void check() override;

private:
    Database &m_database;
    CampaignPartner m_partner;
    QComboBox *m_organization, *m_role;
    QLineEdit *m_commitment;
};
