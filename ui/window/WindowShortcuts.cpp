#include "ui/window/WindowShortcuts.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

WindowShortcuts::WindowShortcuts(QWidget &window, const QList<QAction *> &actions)
    : QObject(&window), m_window(window)
{
    QList<QKeySequence> textKeys;
    for (const auto key : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Delete})
        textKeys += QKeySequence::keyBindings(key);
    for (const QAction *action : actions) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            if (!shortcut.isEmpty() && !textKeys.contains(shortcut))
                m_winning << shortcut;
        }
    }
    QCoreApplication::instance()->installEventFilter(this);
}

QList<QKeySequence> WindowShortcuts::bindings(QKeySequence::StandardKey key,
                                              const QList<QKeySequence> &extra)
{
    QList<QKeySequence> all = QKeySequence::keyBindings(key);
    for (const QKeySequence &sequence : extra) {
        if (!all.contains(sequence))
            all << sequence;
    }
    return all;
}

bool WindowShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    // Qt asks the focus widget first (ShortcutOverride): a field that accepts keeps the
    // key. Left unaccepted, the key goes to the window's action.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == &m_window) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (m_winning.contains(QKeySequence(key->keyCombination()))) {
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
