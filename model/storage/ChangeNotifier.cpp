#include "model/storage/ChangeNotifier.h"

void ChangeNotifier::record(const Change &change)
{
    m_pending.append(change);
    if (m_depth == 0)
        flush();
}

void ChangeNotifier::beginBatch()
{
    m_savepointMarks.append(m_pending.size());
    ++m_depth;
}

void ChangeNotifier::commitBatch()
{
    if (m_depth == 0)
        return;
    m_savepointMarks.removeLast();
    if (--m_depth == 0)
        flush();
}

void ChangeNotifier::rollbackBatch()
{
    if (m_depth == 0)
        return;
    // Forget what was recorded since the matching beginBatch(): those writes are gone.
    m_pending.resize(m_savepointMarks.takeLast());
    --m_depth;
}

void ChangeNotifier::flush()
{
    const QVector<Change> changes = std::move(m_pending);
    m_pending.clear();
    for (const Change &change : changes)
        emit changed(change);
    if (!changes.isEmpty())
        emit batchCommitted(int(changes.size()));
}
