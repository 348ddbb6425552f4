#include "tests/ui/gallery/GalleryLook.h"

#include "tests/ui/DarkPalette.h"

#include <QApplication>
#include <QLibraryInfo>

#include <catch2/catch.hpp>

GalleryLook::GalleryLook(const QString &language, bool dark)
    : m_language(language), m_dark(dark), m_palette(QApplication::palette())
{
    if (language != QLatin1String("en")) {
        REQUIRE(m_program.load(QStringLiteral(COALITION_QM_DIR "/coalition_") + language));
        QCoreApplication::installTranslator(&m_program);
        // Qt's own words: the standard buttons (Cancel, Close) and the calendar's.
        if (m_qt.load(QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    // Dates as the window's language writes them (an English window as in the US).
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    if (dark)
        QApplication::setPalette(darkPalette());
}

GalleryLook::~GalleryLook()
{
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_program);
    QLocale::setDefault(m_locale);
    QApplication::setPalette(m_palette);
}

QString GalleryLook::name() const
{
    return m_language + (m_dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
}
