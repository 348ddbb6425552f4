#include "ui/pages/DetailView.h"

#include "ui/presentation/DetailHtml.h"

#include <QDesktopServices>
#include <QUrl>

DetailView::DetailView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    // Tab moves on to the next control instead of from link to link inside the pane,
    // where a keyboard user was trapped; the links are also in the page's lists.
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(220); // narrower, and the window no longer fits a 1366-pixel screen
    connect(this, &QTextBrowser::anchorClicked, this, &DetailView::follow);
}

void DetailView::follow(const QUrl &url)
{
    if (const auto target = DetailHtml::recordTarget(url)) {
        emit openRecordRequested(target->kind, target->id);
        return;
    }
    // Only web, mail and phone links leave the app, and only when the user clicks them.
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto") || url.scheme() == QLatin1String("tel"))
        QDesktopServices::openUrl(url);
}
