#pragma once

#include <QLocale>
#include <QPalette>
#include <QString>
#include <QTranslator>

// The language and palette the screenshot gallery draws the window in: Spanish installs
// the program's and Qt's own translations and formats dates in Spanish; dark sets the
// palette a dark desktop gives. Everything is put back as it was when the look goes.
// Widgets take their words when they are built, so build them while the look lives.
class GalleryLook
{
public:
    GalleryLook(const QString &language, bool dark);
    ~GalleryLook();
    GalleryLook(const GalleryLook &) = delete;
    GalleryLook &operator=(const GalleryLook &) = delete;

    // "en-light", "es-dark": the part of a picture's file name that names the look.
    QString name() const;

private:
    QString m_language;
    bool m_dark;
    QTranslator m_program;
    QTranslator m_qt;
    QPalette m_palette;
    QLocale m_locale;
};
