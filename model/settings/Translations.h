#pragma once

#include <QString>
#include <QStringList>

// The user interface's language: Coalition's own translations (built into the program
// from translations/*.ts) and Qt's for its standard dialogs, for the language chosen in
// Preferences or, when none is chosen, the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
namespace Translations {

// Languages Coalition speaks besides English, as codes ("es"): the translations the
// program carries or finds installed.
QStringList available();
// Installs the translators on the running application and makes the language's
// QLocale the default (dates, numbers), and hands every language's translations to
// EveryLanguage (imports). Call once, after the application is created.
void install(const QString &language);
// The chosen language, or "" for the system's: the setting, read from Settings.
QString chosen();

} // namespace Translations
