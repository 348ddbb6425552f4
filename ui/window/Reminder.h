#pragma once

#include <QObject>

class Database;
class QLabel;
class QSystemTrayIcon;
class QTimer;
class QWidget;

// The reminder of what is due today and overdue: at start and every hour, as a
// notification of the system tray where there is one, else as a banner across the top
// of the window that the person can hide.
class Reminder : public QObject
{
    Q_OBJECT

public:
    Reminder(Database &database, QWidget *window);

    // The banner, for the window to place above its pages.
    QLabel *banner() const { return m_banner; }
    // "Reminder: 1 action item is due today…", or "" when nothing is due or overdue.
    QString text() const;
    void show();

private:
    Database &m_database;
    QLabel *m_banner;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer;
};
