#include "ui/dialogs/ServerPasswordDialog.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTranslator>

TEST_CASE("The team server password dialog hides what is typed - syncs only with a password - "
          "remembers nothing unless asked - in English and Spanish",
          "[ui][server]")
{
    for (const bool spanish : {false, true}) {
        QTranslator translator;
        if (spanish) {
            REQUIRE(translator.load(QStringLiteral(COALITION_QM_DIR "/coalition_es.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        ServerPasswordDialog dialog(QStringLiteral("ana on db.example.org"),
                                    QStringLiteral("The server did not accept that password."));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberServerPassword"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("serverPasswordProblem"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        REQUIRE(password);
        REQUIRE(remember);
        REQUIRE(problem);
        CHECK(password->echoMode() == QLineEdit::Password);
        CHECK_FALSE(remember->isChecked());
        CHECK_FALSE(ok->isEnabled());
        password->setText(QStringLiteral("alice-secret"));
        CHECK(ok->isEnabled());
        CHECK(dialog.password() == QLatin1String("alice-secret"));
        CHECK(dialog.windowTitle() == (spanish
                                           ? QStringLiteral("Contraseña del servidor del equipo")
                                           : QStringLiteral("Team server password")));
        dialog.show();
        // Every label's text fits its width (wrapped where it is long).
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            CHECK(label->sizeHint().width() <= dialog.width());
        if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
            dialog.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                               (spanish ? QStringLiteral("/server-password-es.png")
                                        : QStringLiteral("/server-password.png")));
        if (spanish)
            QCoreApplication::removeTranslator(&translator);
    }
}
