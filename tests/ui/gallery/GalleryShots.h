#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

// What the gallery does with each page or dialog it shows: checks that it fits the
// smallest laptop screen organizers use (1366 x 768) and that no label or button is
// cut off, and, when COALITION_DIALOG_SHOTS names a folder, saves its picture there as
// NAME.png. The names taken are kept for the test to count.
class GalleryShots
{
public:
    static QSize laptopScreen() { return {1366, 768}; }

    void keep(QWidget *shown, const QString &name);
    const QStringList &names() const { return m_names; }

private:
    QStringList m_names;
};
