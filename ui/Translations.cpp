#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

QString settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList available()
{
    return {QStringLiteral("es")};
}

QString chosen()
{
    return QSettings().value(settingsKey()).toString();
}

void install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The translators belong to the application and live as long as it does.
    auto *own = new QTranslator(QCoreApplication::instance());
    // Tries each of the locale's UI languages in turn ("es_MX" -> "es"); English, the
    // source language, needs no file. The installed files (share/coalition/translations
    // beside the program's bin/) first, then the copies built into the program.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/coalition/translations");
    if (own->load(locale, QStringLiteral("coalition"), QStringLiteral("_"), installed) ||
        own->load(locale, QStringLiteral("coalition"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
}

} // namespace Translations
