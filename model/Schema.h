#pragma once

#include "Migrator.h"

// The schema history of a Coalition database. Add a step for every change; never
// edit a step that has shipped.
namespace Schema {

// 'Coal' in ASCII, stored in PRAGMA application_id to recognise our files.
constexpr qint32 applicationId = 0x436F616C;

std::vector<MigrationStep> steps();
const Migrator &migrator();
int currentVersion();

} // namespace Schema
