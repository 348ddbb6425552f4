#include "app/desktop/PartnerFeedWatch.h"

#include "model/alertfeeds/PartnerFeedFetch.h"
#include "model/domain/CoalitionError.h"
#include "model/settings/Settings.h"
#include "model/storage/ChangeNotifier.h"
#include "model/storage/Database.h"
#include "ui/window/MainWindow.h"

#include <QStatusBar>
#include <QThread>

PartnerFeedWatch::PartnerFeedWatch(Database &database, const Clock &clock, MainWindow &window)
    : QObject(&window), m_database(database), m_clock(clock), m_window(window)
{
    connect(&window, &MainWindow::partnerFeedsRequested, this, &PartnerFeedWatch::readNow);
    // Looks every few minutes whether an hour has passed, so turning the hourly reading on
    // or off in the dialog takes effect without a signal of its own.
    m_schedule.setInterval(5 * 60 * 1000);
    connect(&m_schedule, &QTimer::timeout, this, &PartnerFeedWatch::checkSchedule);
    m_schedule.start();
    m_lastRead = QDateTime::currentDateTimeUtc();
}

PartnerFeedWatch::~PartnerFeedWatch()
{
    // The worker's connection and requests end with it: wait rather than cut it off.
    if (m_worker)
        m_worker->wait();
}

void PartnerFeedWatch::checkSchedule()
{
    if (Settings().value(Settings::Key::PartnerFeedsHourly).toBool() &&
        m_lastRead.secsTo(QDateTime::currentDateTimeUtc()) >= 3600)
        readNow();
}

void PartnerFeedWatch::readNow()
{
    if (isReading())
        return;
    m_lastRead = QDateTime::currentDateTimeUtc();
    m_window.statusBar()->showMessage(tr("Reading partner feeds…"));
    const QString databasePath = m_database.path();
    const QString author = m_database.author();
    const QString caFile = Settings().text(Settings::Key::SyncCaFile);
    const Clock &clock = m_clock;
    m_worker = QThread::create([this, databasePath, author, caFile, &clock] {
        // Its own connection: SQLite connections belong to the thread that made them.
        try {
            const auto database =
                Database::open(databasePath, clock, Database::OpenMode::MustExist);
            database->setAuthor(author);
            m_summary = PartnerFeedFetch::describe(
                PartnerFeedFetch::fetchAll(*database, PartnerFeedFetch::defaultLimits(), caFile));
        } catch (const CoalitionError &error) {
            m_summary = error.message();
        }
    });
    connect(m_worker, &QThread::finished, this, &PartnerFeedWatch::onWorkerDone);
    m_worker->start();
}

void PartnerFeedWatch::onWorkerDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_database.notifier().announceExternalChange();
    m_window.statusBar()->showMessage(m_summary, 15000);
    emit finished(m_summary);
}
