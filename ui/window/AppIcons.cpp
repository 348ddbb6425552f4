#include "ui/window/AppIcons.h"

#include <QIcon>

namespace AppIcons {

void install()
{
    static const bool installed = [] {
        QStringList paths = QIcon::themeSearchPaths();
        if (!paths.contains(QStringLiteral(":/icons")))
            QIcon::setThemeSearchPaths(paths << QStringLiteral(":/icons"));
        QIcon::setFallbackThemeName(QStringLiteral("coalition-fallback"));
        // No desktop theme at all (offscreen, a bare window manager): ours is the theme.
        if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
            QIcon::setThemeName(QStringLiteral("coalition-fallback"));
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace AppIcons
