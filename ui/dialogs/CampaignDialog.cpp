#include "ui/dialogs/CampaignDialog.h"

#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "ui/dialogs/Choices.h"
#include "ui/dialogs/DateField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

CampaignDialog::CampaignDialog(Database &database, const Campaign &campaign, QWidget *parent)
    : RecordDialog(campaign.id.isEmpty() ? tr("New campaign") : tr("Edit campaign"), parent),
      m_database(database), m_campaign(campaign)
{
    setObjectName(QStringLiteral("campaignDialog"));
    m_name = new QLineEdit(campaign.name, this);
    m_status = new QComboBox(this);
    Choices::fillVocabulary(m_status, Vocabulary::campaignStatus());
    Choices::select(m_status, campaign.status);
    m_issueArea = new QLineEdit(campaign.issueArea, this);
    m_goal = textEditor(campaign.goal, 50);
    m_target = new QLineEdit(campaign.target, this);
    m_start = new DateField(DateField::Shows::Date, QStringLiteral("start_date"), this);
    m_start->setDay(campaign.startDate);
    m_end = new DateField(DateField::Shows::Date, QStringLiteral("end_date"), this);
    m_end->setDay(campaign.endDate);
    m_links = textEditor(campaign.links.join(QLatin1Char('\n')), 50);
    m_links->setPlaceholderText(tr("One web address per line"));
    m_description = textEditor(campaign.description, 80);
    m_tags = tagsEditor(campaign.tags);

    addField(tr("&Name:"), m_name, QStringLiteral("name"));
    addField(tr("&Status:"), m_status, QStringLiteral("status"));
    addField(tr("&Issue area:"), m_issueArea, QStringLiteral("issue_area"));
    addField(tr("&Goal or ask:"), m_goal, QStringLiteral("goal"));
    addField(tr("&Target:"), m_target, QStringLiteral("target"),
             tr("The decision-maker the campaign presses"));
    addField(tr("St&arts:"), m_start, QStringLiteral("start_date"));
    addField(tr("&Ends:"), m_end, QStringLiteral("end_date"));
    addField(tr("&Links:"), m_links, QStringLiteral("links"));
    addField(tr("&Description:"), m_description, QStringLiteral("description"));
    addField(tr("T&ags:"), m_tags, QStringLiteral("tags"));
}

void CampaignDialog::check()
{
    Campaign campaign = m_campaign;
    campaign.name = m_name->text();
    campaign.status = Choices::selected(m_status);
    campaign.issueArea = m_issueArea->text().trimmed();
    campaign.goal = m_goal->toPlainText().trimmed();
    campaign.target = m_target->text().trimmed();
    campaign.startDate = m_start->day();
    campaign.endDate = m_end->day();
    campaign.links = m_links->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    campaign.description = m_description->toPlainText();
    campaign.tags = tagsIn(m_tags);
    CampaignRepository(m_database).validate(campaign);
    m_campaign = campaign;
}
