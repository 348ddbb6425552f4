// The one main() of every test executable. It pins what a test must not inherit from
// the machine (time zone, locale, display) before Qt starts, then hands over to Catch.
#include "model/settings/Settings.h"
#include "tests/support/CatchSession.h"

#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <cstdio>
#include <ctime>

#ifdef COALITION_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC");
    tzset();
    qputenv("LC_ALL", "C.UTF-8");
    // Without a platform, a GUI test binary aborts during ctest's discovery and the
    // suite silently counts no tests.
    // The screen is the smallest laptop screen organizers use, 1366 x 768
    // (support/laptop-screen.json), not the offscreen platform's 800 x 800 square: a
    // dialog may take two thirds of the screen's width before it must wrap or cut.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" COALITION_TEST_SCREEN);
    // Keep tests away from the user's real settings and data.
    QStandardPaths::setTestModeEnabled(true);

    // Qt may consume arguments it knows; give it a copy so Catch sees all of them.
    int qtArgc = 1;
    char *qtArgv[] = {argv[0], nullptr};
    TestApplication app(qtArgc, qtArgv);
    QLocale::setDefault(QLocale::c());
    // English as the program speaks it: its plural forms ("1 conflict", "2 conflicts")
    // come from a translation file of their own (app/CMakeLists.txt).
    QTranslator englishPlurals;
    if (!englishPlurals.load(QStringLiteral(COALITION_QM_DIR "/coalition_en.qm"))) {
        std::fputs("The English plural forms (coalition_en.qm) are not built.\n", stderr);
        return 1;
    }
    QCoreApplication::installTranslator(&englishPlurals);
    // Settings of their own for each test process: ctest runs several at once, and one
    // test's window layout or feed must not leak into another's.
    QCoreApplication::setApplicationName(
        QStringLiteral("coalition-tests-%1").arg(QCoreApplication::applicationPid()));

    const int failures = runCatchSession(argc, argv);
    QFile::remove(Settings::fileName());
    return failures;
}
