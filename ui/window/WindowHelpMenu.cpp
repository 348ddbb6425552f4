#include "ui/window/WindowHelpMenu.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace WindowHelpMenu {

void add(QMainWindow &window)
{
    // In MainWindow's translation context, where its words have always been.
    QMenu *help = window.menuBar()->addMenu(QCoreApplication::translate("MainWindow", "&Help"));
    QAction *about = help->addAction(
        QCoreApplication::translate("MainWindow", "&About Coalition"), &window, [&window] {
            QMessageBox::about(
                &window, QCoreApplication::translate("MainWindow", "About Coalition"),
                QCoreApplication::translate(
                    "MainWindow", "<p><b>Coalition</b> %1</p><p>Partner organizations, contacts, "
                                  "campaigns and action items for community organizers. Your data "
                                  "stays on this laptop.</p>")
                    .arg(QApplication::applicationVersion()));
        });
    about->setObjectName(QStringLiteral("aboutAction"));
}

} // namespace WindowHelpMenu
