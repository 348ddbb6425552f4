#pragma once

#include "model/domain/ActionItem.h"

#include <QSet>
#include <optional>

class Database;

// Whether a draft repeats an action item the team already has — the same alert read
// twice, or a call someone typed in by hand before — so the Inbox can say so before the
// person accepts it a second time.
namespace AlikeItem {

// A title's words that tell it apart: lower case, four letters or more.
QSet<QString> titleWords(const QString &title);
// Two titles alike: most of the words of the shorter in the other.
bool titlesAlike(const QSet<QString> &one, const QSet<QString> &other);

// An item of the draft's campaign (none when it has none) whose title is alike, or that
// is due the same day with two words in common; the first such, or nothing.
std::optional<ActionItem> find(Database &database, const ActionItem &proposed);

} // namespace AlikeItem
