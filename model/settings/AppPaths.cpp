#include "model/settings/AppPaths.h"

#include "model/settings/Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace AppPaths {

QString defaultDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("coalition.sqlite"));
}

QString defaultAuthor()
{
    const QString configured = Settings().text(Settings::Key::Author);
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace AppPaths
