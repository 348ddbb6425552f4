#pragma once

#include "model/domain/EntityKind.h"

#include <QTextBrowser>

// The detail pane of a page: rich text whose web, mailto and tel links open in the
// system's apps (QDesktopServices) and whose coalition:// links open records here.
class DetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

    // Helpers for building the pane's HTML; every value is escaped.
    static QString recordLink(EntityKind kind, const QString &id, const QString &text);
    static QString webLink(const QString &address);
    static QString mailLink(const QString &email);
    static QString phoneLink(const QString &phone);
    static QString row(const QString &label, const QString &html);
    static QString escaped(const QString &text);
    // How many related records a pane lists before it says "and N more".
    static constexpr int listLimit = 50;
    static QString moreLine(int shown, int total);

signals:
    void openRecordRequested(EntityKind kind, const QString &id);

private:
    void follow(const QUrl &url);
};
