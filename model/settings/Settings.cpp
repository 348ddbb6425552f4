#include "model/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

Settings::Settings() : m_settings(openedFileName(), QSettings::IniFormat) {}

Settings::~Settings()
{
    if (!m_written)
        return;
    m_settings.sync();
    // The feed's address may carry the server's user name and password: the settings
    // file is for this user's eyes only (docs/SECURITY.md).
    QFile::setPermissions(m_settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString Settings::fileName()
{
    // The generic location honours XDG_CONFIG_HOME and the tests' QStandardPaths test
    // mode; the application name keeps each test process's settings apart.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/coalition/") + QCoreApplication::applicationName() +
           QStringLiteral(".conf");
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Author:
        return QStringLiteral("author");
    case Key::DefaultOwner:
        return QStringLiteral("defaultOwner");
    case Key::SyncFeed:
        return QStringLiteral("sync/feed");
    case Key::SyncMinutes:
        return QStringLiteral("sync/minutes");
    case Key::SyncStallSeconds:
        return QStringLiteral("sync/stallSeconds");
    case Key::SyncCaFile:
        return QStringLiteral("sync/caFile");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::WindowPage:
        return QStringLiteral("window/page");
    case Key::ShowEndedCampaigns:
        return QStringLiteral("window/showEndedCampaigns");
    case Key::CoalitionName:
        return QStringLiteral("print/coalitionName");
    case Key::PartnerFeedsHourly:
        return QStringLiteral("intake/feedsHourly");
    }
    Q_UNREACHABLE();
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::SyncMinutes:
        return 5;
    case Key::SyncStallSeconds:
        return 30;
    case Key::ShowEndedCampaigns:
    case Key::PartnerFeedsHourly:
        return false;
    default:
        return {};
    }
}

QVariant Settings::value(Key key) const
{
    return m_settings.value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(keyName(key), value);
    m_written = true;
}

void Settings::remove(Key key)
{
    m_settings.remove(keyName(key));
    m_written = true;
}

QByteArray Settings::pageLayout(const QString &page) const
{
    return m_settings.value(page + QStringLiteral("/splitter")).toByteArray();
}

void Settings::setPageLayout(const QString &page, const QByteArray &state)
{
    m_settings.setValue(page + QStringLiteral("/splitter"), state);
    m_written = true;
}

QString Settings::openedFileName()
{
    const QString now = fileName();
    if (QFile::exists(now))
        return now;
    // Where QSettings() put the file while the organization name was empty; the
    // organization stays empty so the database's folder (AppDataLocation,
    // ~/.local/share/coalition) does not move.
    const QString old = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                        QStringLiteral("/Unknown Organization/") +
                        QCoreApplication::applicationName() + QStringLiteral(".conf");
    if (!QFile::exists(old))
        return now;
    QDir().mkpath(QFileInfo(now).absolutePath());
    if (QFile::rename(old, now)) {
        QFile::setPermissions(now, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QDir().rmdir(QFileInfo(old).absolutePath()); // only when nothing else is in it
    }
    return now;
}
