#include "ui/window/InboxBadge.h"

#include "model/intake/InboxStore.h"
#include "model/storage/ChangeNotifier.h"
#include "model/storage/Database.h"

#include <QFontMetrics>
#include <QListWidgetItem>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

InboxBadge::InboxBadge(Database &database, QUndoStack &undoStack, QListWidgetItem &item,
                       QObject *parent)
    : QObject(parent), m_database(database), m_item(item), m_title(item.text())
{
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(250);
    connect(m_settle, &QTimer::timeout, this, &InboxBadge::update);
    connect(&undoStack, &QUndoStack::indexChanged, m_settle, qOverload<>(&QTimer::start));
    connect(&database.notifier(), &ChangeNotifier::batchCommitted, m_settle,
            qOverload<>(&QTimer::start));
    connect(&database.notifier(), &ChangeNotifier::externalChange, m_settle,
            qOverload<>(&QTimer::start));
    update();
}

QString InboxBadge::textFor(const QString &title, int waiting)
{
    return waiting > 0 ? tr("%1 (%L2)").arg(title).arg(waiting) : title;
}

int InboxBadge::widestWidth() const
{
    QFont bold = m_item.font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(textFor(m_title, 999));
}

void InboxBadge::update()
{
    const int waiting = InboxStore(m_database).openCount();
    m_item.setText(textFor(m_title, waiting));
    QFont font = m_item.font();
    font.setBold(waiting > 0);
    m_item.setFont(font);
    m_item.setData(Qt::AccessibleTextRole,
                   waiting > 0 ? tr("%1, %n draft(s) waiting", nullptr, waiting).arg(m_title)
                               : m_title);
}
