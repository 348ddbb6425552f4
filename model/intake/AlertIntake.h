#pragma once

#include "model/intake/InboxStore.h"

class Database;

// An alert into the team's inbox, the same way from every door (a paste in the window,
// `coalition intake`, a partner's feed): read by the rules of its language — told from
// its words when the source names none — and its drafts added once.
namespace AlertIntake {

// Fills in the source's language when empty; returns its drafts as stored (those added
// before, here or on another laptop, as they are now). One transaction.
QVector<InboxDraft> add(Database &database, IntakeSource source);

} // namespace AlertIntake
