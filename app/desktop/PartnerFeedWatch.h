#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class Clock;
class Database;
class MainWindow;
class QThread;

// Reads the partners' news feeds into the Inbox beside the window: when the person asks
// (Inbox > Read feeds now) and, when they turned it on (Partner feeds > every hour), once
// an hour while the window is open. The fetch runs on a worker thread with its own
// database connection (PartnerFeedFetch blocks); when it ends, the lists read again and
// the status bar says what came.
class PartnerFeedWatch : public QObject
{
    Q_OBJECT

public:
    PartnerFeedWatch(Database &database, const Clock &clock, MainWindow &window);
    ~PartnerFeedWatch() override;

    bool isReading() const { return m_worker != nullptr; }
    void readNow();

signals:
    void finished(const QString &summary);

private:
    void onWorkerDone();
    void checkSchedule();

    Database &m_database;
    const Clock &m_clock;
    MainWindow &m_window;
    QTimer m_schedule;
    QThread *m_worker = nullptr;
    QString m_summary; // written by the worker, read once it has finished
    QDateTime m_lastRead;
};
