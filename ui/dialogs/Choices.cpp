#include "ui/dialogs/Choices.h"

#include "model/domain/CampaignRules.h"
#include "model/domain/Vocabulary.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"

#include <QComboBox>

namespace Choices {

namespace {

// Long names must not widen the combo (and squeeze the form's labels): show them elided.
void keepNarrow(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
}

} // namespace

void fillOrganizations(QComboBox *combo, Database &database, const QString &noneText)
{
    keepNarrow(combo);
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, QString());
    for (const Organization &organization : OrganizationRepository(database).list()) {
        const QString text =
            organization.acronym.isEmpty() || organization.acronym == organization.name
                ? organization.name
                : QStringLiteral("%1 (%2)").arg(organization.name, organization.acronym);
        combo->addItem(text, organization.id);
    }
}

void fillCampaigns(QComboBox *combo, Database &database, const QString &noneText,
                   EndedCampaigns::Shown ended, const QString &kept)
{
    keepNarrow(combo);
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, QString());
    for (const Campaign &campaign : CampaignRepository(database).list()) {
        if (ended == EndedCampaigns::Shown::Hidden && CampaignRules::isEnded(campaign.status) &&
            campaign.id != kept)
            continue;
        combo->addItem(campaign.name, campaign.id);
    }
}

void fillVocabulary(QComboBox *combo, const Vocabulary &vocabulary)
{
    combo->clear();
    for (const QString &word : vocabulary.words())
        combo->addItem(vocabulary.label(word), word);
}

void fillSuggestions(QComboBox *combo, const Vocabulary &vocabulary, const QString &current)
{
    combo->clear();
    combo->addItem(QString());
    for (const QString &word : vocabulary.words())
        combo->addItem(vocabulary.label(word), word);
    // A kind of the list shows as its label; any other as it was typed.
    combo->setCurrentText(vocabulary.label(current));
}

void select(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString selected(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace Choices
