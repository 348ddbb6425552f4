#include "ui/dialogs/PartnerDialog.h"

#include "model/domain/Vocabulary.h"
#include "model/records/CampaignPartnerRepository.h"
#include "ui/dialogs/Choices.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSet>
#include <QStandardItemModel>

PartnerDialog::PartnerDialog(Database &database, const CampaignPartner &partner, QWidget *parent)
    : RecordDialog(partner.id.isEmpty() ? tr("Add partner") : tr("Change partner"), parent),
      m_database(database), m_partner(partner)
{
    setObjectName(QStringLiteral("partnerDialog"));
    m_organization = new QComboBox(this);
    Choices::fillOrganizations(m_organization, database, QString());
    if (partner.id.isEmpty()) {
        // The campaign's partners are there already: shown, but not offered again, and
        // the box starts on the first organization that can still join.
        QSet<QString> partners;
        for (const CampaignPartner &known :
             CampaignPartnerRepository(database).forCampaign(partner.campaignId))
            partners.insert(known.organizationId);
        auto *items = qobject_cast<QStandardItemModel *>(m_organization->model());
        int firstFree = -1;
        for (int row = 0; row < m_organization->count(); ++row) {
            if (partners.contains(m_organization->itemData(row).toString())) {
                if (items)
                    items->item(row)->setEnabled(false);
                m_organization->setItemText(
                    row, tr("%1 — already a partner").arg(m_organization->itemText(row)));
            } else if (firstFree < 0) {
                firstFree = row;
            }
        }
        if (partner.organizationId.isEmpty() && firstFree >= 0)
            m_organization->setCurrentIndex(firstFree);
        else
            Choices::select(m_organization, partner.organizationId);
    } else {
        Choices::select(m_organization, partner.organizationId);
    }
    m_organization->setEnabled(partner.id.isEmpty()); // a partner changes role, not identity
    m_role = new QComboBox(this);
    Choices::fillVocabulary(m_role, Vocabulary::partnerRole());
    Choices::select(m_role, partner.role);
    m_commitment = new QLineEdit(partner.commitment, this);
    m_commitment->setPlaceholderText(tr("What they committed to, e.g. a statement or a training"));
    addField(tr("&Organization:"), m_organization, QStringLiteral("organization_id"));
    addField(tr("&Role:"), m_role, QStringLiteral("role"));
    addField(tr("&Commitment:"), m_commitment, QStringLiteral("commitment"));
}

void PartnerDialog::check()
{
    CampaignPartner partner = m_partner;
    partner.organizationId = Choices::selected(m_organization);
    partner.role = Choices::selected(m_role);
    partner.commitment = m_commitment->text();
    CampaignPartnerRepository(m_database).validate(partner);
    m_partner = partner;
}
