#include "model/settings/Settings.h"
#include "ui/dialogs/PreferencesDialog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>

TEST_CASE("Saved preferences, which may hold the feed server's password, are readable by the "
          "user alone",
          "[security]")
{
    PreferencesDialog dialog;
    auto *feed = dialog.findChild<QLineEdit *>(QStringLiteral("feedPath"));
    REQUIRE(feed);
    feed->setText(QStringLiteral("https://organizer:secret@dav.example.org/coalition/team.feed"));
    static_cast<QDialog &>(dialog).accept(); // as OK does
    const QString file = Settings::fileName();
    REQUIRE(QFile::exists(file));
    CHECK(QFile::permissions(file) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("Preferences saved in the dialog are what the rest of the program reads", "[settings]")
{
    PreferencesDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("authorName"))->setText(QStringLiteral(" Ana "));
    dialog.findChild<QLineEdit *>(QStringLiteral("defaultOwner"))->setText(QStringLiteral("Bo"));
    dialog.findChild<QLineEdit *>(QStringLiteral("feedPath"))
        ->setText(QStringLiteral("/shared/team.feed"));
    static_cast<QDialog &>(dialog).accept();
    const Settings settings;
    CHECK(settings.text(Settings::Key::Author) == QLatin1String("Ana"));
    CHECK(settings.text(Settings::Key::DefaultOwner) == QLatin1String("Bo"));
    CHECK(settings.text(Settings::Key::SyncFeed) == QLatin1String("/shared/team.feed"));
    CHECK(settings.number(Settings::Key::SyncMinutes) == 5); // left at its default
    CHECK(PreferencesDialog().findChild<QLineEdit *>(QStringLiteral("authorName"))->text() ==
          QLatin1String("Ana"));
}
