#include "model/settings/Settings.h"
#include "ui/dialogs/PreferencesDialog.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTranslator>

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

TEST_CASE("The server certificate chosen in Preferences is what a sync is given - the dialog "
          "fits its labels in English and Spanish",
          "[settings]")
{
    PreferencesDialog dialog;
    auto *caFile = dialog.findChild<QLineEdit *>(QStringLiteral("caFile"));
    REQUIRE(caFile);
    caFile->setText(QStringLiteral(" /etc/coalition/team-ca.pem "));
    static_cast<QDialog &>(dialog).accept();
    CHECK(Settings().text(Settings::Key::SyncCaFile) ==
          QLatin1String("/etc/coalition/team-ca.pem"));
    CHECK(PreferencesDialog().findChild<QLineEdit *>(QStringLiteral("caFile"))->text() ==
          QLatin1String("/etc/coalition/team-ca.pem"));
    Settings().remove(Settings::Key::SyncCaFile);

    for (const bool spanish : {false, true}) {
        QTranslator translator;
        if (spanish) {
            REQUIRE(translator.load(QStringLiteral(COALITION_QM_DIR "/coalition_es.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        PreferencesDialog shown;
        shown.show();
        for (const QLabel *label : shown.findChildren<QLabel *>())
            CHECK(label->width() >= label->sizeHint().width());
        if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
            shown.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                              (spanish ? QStringLiteral("/preferences-es.png")
                                       : QStringLiteral("/preferences.png")));
        if (spanish)
            QCoreApplication::removeTranslator(&translator);
    }
}
