#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QWidget;

// The window's menu shortcuts win over a text field that would take the key for itself
// (a line edit on Linux moves to the end of the line on Ctrl+E), except the keys that
// edit text — Undo, Redo, Delete — which stay the field's while it has the focus.
class WindowShortcuts : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of window (an application-wide event filter, for window's
    // widgets only); actions: the menus' actions, whose shortcuts are set.
    WindowShortcuts(QWidget &window, const QList<QAction *> &actions);

    // A standard key's bindings on this platform, with extra ones people expect (Ctrl+Y
    // for Redo, Ctrl+, for Preferences) unless they are there already.
    static QList<QKeySequence> bindings(QKeySequence::StandardKey key,
                                        const QList<QKeySequence> &extra = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget &m_window;
    QList<QKeySequence> m_winning;
};
