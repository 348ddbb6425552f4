#include "tests/fuzz/FuzzApplication.h"

#include "model/sample/SampleDataLoader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

FuzzApplication &FuzzApplication::instance()
{
    static FuzzApplication application;
    return application;
}

FuzzApplication::FuzzApplication()
    : m_clock(QDateTime(QDate(2021, 12, 15), QTime(15, 0), QTimeZone::utc()))
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "coalition-fuzz";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // lives as long as the process
    }
    m_database = Database::open(QStringLiteral(":memory:"), m_clock);
    m_database->setAuthor(QStringLiteral("Fuzz"));
    SampleDataLoader::load(*m_database);
}
