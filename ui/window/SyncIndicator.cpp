#include "ui/window/SyncIndicator.h"

#include <QMouseEvent>

SyncIndicator::SyncIndicator(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    setCursor(Qt::PointingHandCursor);
}

void SyncIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QLabel::mouseReleaseEvent(event);
}
