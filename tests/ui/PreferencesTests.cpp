#include "PreferencesDialog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QSettings>

TEST_CASE("Saved preferences, which may hold the feed server's password, are readable by the "
          "user alone",
          "[security]")
{
    PreferencesDialog dialog;
    auto *feed = dialog.findChild<QLineEdit *>(QStringLiteral("feedPath"));
    REQUIRE(feed);
    feed->setText(QStringLiteral("https://organizer:secret@dav.example.org/coalition/team.feed"));
    static_cast<QDialog &>(dialog).accept(); // as OK does
    const QString file = QSettings().fileName();
    REQUIRE(QFile::exists(file));
    CHECK(QFile::permissions(file) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
}
