#include "Page.h"

#include <QSettings>
#include <QSplitter>

void Page::saveState(QSettings &settings) const
{
    if (auto *splitter = findChild<QSplitter *>())
        settings.setValue(objectName() + QStringLiteral("/splitter"), splitter->saveState());
}

void Page::restoreState(const QSettings &settings)
{
    if (auto *splitter = findChild<QSplitter *>())
        splitter->restoreState(
            settings.value(objectName() + QStringLiteral("/splitter")).toByteArray());
}
