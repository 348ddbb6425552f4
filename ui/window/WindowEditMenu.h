#pragma once

#include <functional>

class MainWindow;

// The main window's Edit menu: undo and redo, new / edit / delete on the current page,
// mark done, paste an alert into the Inbox, find (search: what Find opens).
namespace WindowEditMenu {

void add(MainWindow &window, const std::function<void()> &search);

} // namespace WindowEditMenu
