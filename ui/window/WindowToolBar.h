#pragma once

class QMainWindow;

// The toolbar of the common actions (new, edit, mark done, sync, find): the menu
// actions themselves, found by their object names, with their icons and shortcuts.
namespace WindowToolBar {

void add(QMainWindow &window);

} // namespace WindowToolBar
