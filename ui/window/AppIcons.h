#pragma once

// The window's icons by their freedesktop names ("x-office-calendar", "document-new"):
// the desktop's theme first, and where it has none of that name (a bare machine, a theme
// without it), the copies Coalition carries (resources/icons/coalition-fallback, from
// Adwaita), so the window looks the same on GNOME, KDE and nothing at all.
namespace AppIcons {

// Makes the carried theme the fallback. Called by the window; idempotent.
void install();

} // namespace AppIcons
