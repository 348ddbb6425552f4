#include "ui/window/DatabaseFileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>

QString DatabaseFileDialogs::askNew(QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("MainWindow", "New Coalition database"), QString(),
        QCoreApplication::translate("MainWindow", "Coalition databases (*.sqlite)"));
    if (path.isEmpty() || path.endsWith(QLatin1String(".sqlite")))
        return path;
    return path + QStringLiteral(".sqlite");
}

QString DatabaseFileDialogs::askOpen(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("MainWindow", "Open Coalition database"), QString(),
        QCoreApplication::translate("MainWindow", "Coalition databases (*.sqlite);;All files (*)"));
}
