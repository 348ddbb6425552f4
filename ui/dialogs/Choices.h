#pragma once

#include "model/records/EndedCampaigns.h"

#include <QString>

class Database;
class QComboBox;
class Vocabulary;

// Fills the pick lists of edit dialogs and filters. Item data is the record id or the
// vocabulary word; the text is what the user reads.
namespace Choices {

void fillOrganizations(QComboBox *combo, Database &database, const QString &noneText);
// Ended campaigns (won, lost, closed) are left out unless ended is Shown; kept is listed
// whatever its status (the campaign a record already has).
void fillCampaigns(QComboBox *combo, Database &database, const QString &noneText,
                   EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden,
                   const QString &kept = {});
void fillVocabulary(QComboBox *combo, const Vocabulary &vocabulary);
// An editable combo box that suggests an open list's words by their labels, showing
// current; what is typed is saved as typed (the repository turns a label into its word).
void fillSuggestions(QComboBox *combo, const Vocabulary &vocabulary, const QString &current);
// Selects the entry whose data is value (the first entry when none is).
void select(QComboBox *combo, const QString &value);
QString selected(const QComboBox *combo);

} // namespace Choices
