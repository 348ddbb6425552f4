#pragma once

class QMainWindow;

// The main window's Help menu: About Coalition.
namespace WindowHelpMenu {

void add(QMainWindow &window);

} // namespace WindowHelpMenu
