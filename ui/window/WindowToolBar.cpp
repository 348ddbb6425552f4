#include "ui/window/WindowToolBar.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QToolBar>

namespace WindowToolBar {

void add(QMainWindow &window)
{
    auto *bar = window.addToolBar(QCoreApplication::translate("WindowToolBar", "Common actions"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(24, 24));
    static const char *const names[] = {"newAction", "editAction", "doneAction",
                                        nullptr,     "syncAction", "findAction"};
    for (const char *name : names) {
        if (!name) {
            bar->addSeparator();
            continue;
        }
        if (auto *action = window.findChild<QAction *>(QLatin1String(name)))
            bar->addAction(action);
    }
}

} // namespace WindowToolBar
