#pragma once

#include "EntityKind.h"

#include <QWidget>

class QSettings;

// One of the main window's pages (Campaigns, Organizations, Contacts, Action items,
// Deadlines): a list with a detail pane. The window's menus act on the current page
// through these calls.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void newRecord() = 0;
    virtual void editCurrent() = 0;
    virtual void deleteCurrent() = 0;
    // Selects and shows a record of this page's kind, e.g. a search result.
    virtual void showRecord(const QString &id) = 0;
    virtual void saveState(QSettings &settings) const;
    virtual void restoreState(const QSettings &settings);

signals:
    // A link in a detail pane asks to open another record.
    void openRecordRequested(EntityKind kind, const QString &id);
    void statusMessage(const QString &message);
};
