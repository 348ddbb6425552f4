#pragma once

#include <QString>

// Where Coalition keeps its files on this laptop.
namespace AppPaths {

// <AppDataLocation>/coalition.sqlite, e.g. ~/.local/share/coalition/coalition.sqlite.
// The folder is created when missing.
QString defaultDatabase();

// The name recorded as the author of this laptop's changes until Preferences set one.
QString defaultAuthor();

} // namespace AppPaths
