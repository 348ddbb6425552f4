#pragma once

#include "model/domain/EntityKind.h"

#include <QTextBrowser>

// The detail pane of a page: rich text (ui/presentation/DetailHtml builds it) whose
// web, mailto and tel links open in the system's apps (QDesktopServices) and whose
// coalition:// links open records here.
class DetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

signals:
    void openRecordRequested(EntityKind kind, const QString &id);

private:
    void follow(const QUrl &url);
};
