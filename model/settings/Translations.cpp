#include "model/settings/Translations.h"

#include "model/domain/EveryLanguage.h"
#include "model/settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

// Where translations are looked for: the installed files (share/coalition/translations
// beside the program's bin/) first, then the copies built into the program.
QStringList folders()
{
    return {QCoreApplication::applicationDirPath() +
                QStringLiteral("/../share/coalition/translations"),
            QStringLiteral(":/i18n")};
}

QStringList available()
{
    QStringList codes;
    for (const QString &folder : folders()) {
        for (const QString &file :
             QDir(folder).entryList({QStringLiteral("coalition_*.qm")}, QDir::Files)) {
            const QString code = file.mid(10, file.size() - 13); // coalition_<code>.qm
            // English is the source language; its file holds only plural forms.
            if (code != QLatin1String("en") && !codes.contains(code))
                codes << code;
        }
    }
    codes.sort();
    return codes;
}

QString chosen()
{
    return Settings().text(Settings::Key::Language);
}

void install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The translators belong to the application and live as long as it does.
    auto *own = new QTranslator(QCoreApplication::instance());
    // Tries each of the locale's UI languages in turn ("es_MX" -> "es"); any other
    // language gets English, whose file holds only its plural forms ("1 contact").
    bool loaded = false;
    for (const QString &folder : folders()) {
        loaded = own->load(locale, QStringLiteral("coalition"), QStringLiteral("_"), folder) ||
                 own->load(QStringLiteral("coalition_en"), folder);
        if (loaded) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    } else if (loaded) {
        // Dates and the calendar speak the window's language: LANGUAGE=es on an English
        // system gives "miércoles, 15 de diciembre", not "Wednesday" amid Spanish words
        // (Qt names that system locale es_ES yet formats dates by LC_TIME, in English),
        // and an English window on a German system says "Wednesday", not "Mittwoch".
        const QLocale interface(own->language());
        const QLocale system(QLocale::system().name());
        const bool english = interface.language() == QLocale::English;
        if (interface.language() != system.language() &&
            !(english && system.language() == QLocale::C))
            QLocale::setDefault(interface);
        else if (!english)
            QLocale::setDefault(system);
    }
    // Every language's words, for reading files written in another one.
    for (const QString &code : available()) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        for (const QString &folder : folders()) {
            if (translator->load(QStringLiteral("coalition_") + code, folder)) {
                EveryLanguage::add(translator);
                break;
            }
        }
    }
}

} // namespace Translations
