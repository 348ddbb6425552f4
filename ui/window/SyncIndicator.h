#pragma once

#include <QLabel>

// The status bar's sync line: short ("Synced at 14:02", "Team server out of reach since
// 09:15: working offline"), its details in the tooltip, and the sync log and conflicts
// a click away.
class SyncIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit SyncIndicator(QWidget *parent);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
};
