#include "tests/ui/gallery/GalleryShots.h"

#include "tests/support/CatchQt.h"
#include "tests/ui/gallery/ClippedText.h"

#include <QCoreApplication>
#include <QWidget>

#include <catch2/catch.hpp>

void GalleryShots::keep(QWidget *shown, const QString &name)
{
    QCoreApplication::processEvents(); // layouts settle and lazy pages fill
    INFO(name.toStdString());
    REQUIRE(shown->isVisible());
    CHECK(clippedTexts(shown) == QStringList());
    CHECK(shown->width() <= laptopScreen().width());
    CHECK(shown->height() <= laptopScreen().height());
    CHECK(shown->minimumSizeHint().width() <= laptopScreen().width());
    CHECK(shown->minimumSizeHint().height() <= laptopScreen().height());
    m_names << name;
    const QString folder = qEnvironmentVariable("COALITION_DIALOG_SHOTS");
    if (!folder.isEmpty())
        CHECK(shown->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png")));
}
