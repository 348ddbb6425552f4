#include "ui/window/Reminder.h"

#include "model/domain/Clock.h"
#include "model/records/ActionItemRepository.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QWidget>

// The messages were the main window's before the reminder had a class of its own; they
// keep its translation context.
Reminder::Reminder(Database &database, QWidget *window) : QObject(window), m_database(database)
{
    m_banner = new QLabel(window);
    m_banner->setObjectName(QStringLiteral("reminderBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    auto *dismiss = new QToolButton(m_banner);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(QCoreApplication::translate("MainWindow", "Hide this reminder"));
    dismiss->setAccessibleName(dismiss->toolTip()); // not "✕"
    dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addStretch(1);
    layout->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, m_banner, &QLabel::hide);
    m_banner->hide();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        const QIcon icon = window->windowIcon().isNull()
                               ? window->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                               : window->windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QCoreApplication::translate("MainWindow", "Coalition"));
        m_tray->show();
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &Reminder::show);
    m_timer->start();
}

QString Reminder::text() const
{
    const QDate today = m_database.clock().today();
    ActionItemRepository actions(m_database);
    // Past a thousand the exact number says nothing more, and counting every overdue
    // item of a long history was a fifth of the window's start at a million items.
    const int enough = 1000;
    const int dueToday = actions.countOpenItemsDue(today, today, enough);
    const int overdue = actions.countOpenItemsDue(QDate(1, 1, 1), today.addDays(-1), enough);
    if (dueToday == 0 && overdue == 0)
        return {};
    QStringList parts;
    if (dueToday > 0)
        parts << (dueToday == 1
                      ? QCoreApplication::translate("MainWindow", "1 action item is due today")
                  : dueToday >= enough
                      ? QCoreApplication::translate("MainWindow",
                                                    "More than %1 action items are due today")
                            .arg(QLocale().toString(enough))
                      : QCoreApplication::translate("MainWindow", "%1 action items are due today")
                            .arg(dueToday));
    if (overdue > 0)
        parts << (overdue == 1
                      ? QCoreApplication::translate("MainWindow", "1 action item is overdue")
                  : overdue >= enough
                      ? QCoreApplication::translate("MainWindow",
                                                    "More than %1 action items are overdue")
                            .arg(QLocale().toString(enough))
                      : QCoreApplication::translate("MainWindow", "%1 action items are overdue")
                            .arg(overdue));
    return QCoreApplication::translate("MainWindow", "Reminder: %1. See Deadlines (Ctrl+5).")
        .arg(parts.join(QCoreApplication::translate("MainWindow", ", and ")));
}

void Reminder::show()
{
    const QString message = text();
    if (message.isEmpty()) {
        m_banner->hide();
        return;
    }
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(QCoreApplication::translate("MainWindow", "Coalition deadlines"),
                            message);
        return;
    }
    m_banner->setText(message);
    m_banner->show();
}
