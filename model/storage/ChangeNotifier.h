#pragma once

#include "model/domain/Change.h"

#include <QObject>
#include <QVector>

// The single place item models and views learn that records changed (Subsurface's
// pattern). Repositories queue changes while a transaction is open; they are emitted
// only when the outermost transaction commits and dropped if it rolls back, so a
// listener never sees a change that did not reach the database.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void record(const Change &change);

    // Called by Transaction. Depth counts nested savepoints.
    void beginBatch();
    void commitBatch();
    void rollbackBatch();

    void announceExternalChange() { emit externalChange(); }

signals:
    void changed(const Change &change);
    // Emitted once after each committed batch, after the individual changes.
    void batchCommitted(int changeCount);
    // Another connection (a sync in the background) changed the database: read again.
    void externalChange();

private:
    void flush();

    int m_depth = 0;
    QVector<Change> m_pending;
    QVector<int> m_savepointMarks;
};
