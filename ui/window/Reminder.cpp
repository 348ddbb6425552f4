#include "ui/window/Reminder.h"

#include "ui/presentation/ReminderText.h"

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
    // Drawn in the banner's colours, not the window's: light on a light tooltip yellow
    // under a dark palette, it could not be seen.
    QPalette banner = dismiss->palette();
    banner.setColor(QPalette::ButtonText, banner.color(QPalette::ToolTipText));
    dismiss->setPalette(banner);
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
    return ReminderText::compose(m_database);
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
