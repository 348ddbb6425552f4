#include "ui/pages/DetailView.h"

#include <QDesktopServices>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QString recordScheme = QStringLiteral("coalition");

} // namespace

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

QString DetailView::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString DetailView::recordLink(EntityKind kind, const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2/%3\">%4</a>")
        .arg(recordScheme, tableName(kind), id, escaped(text));
}

QString DetailView::webLink(const QString &address)
{
    if (address.isEmpty())
        return {};
    const QUrl url(address);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(url.host() + url.path()));
}

QString DetailView::mailLink(const QString &email)
{
    if (email.isEmpty())
        return {};
    return QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(escaped(email));
}

QString DetailView::phoneLink(const QString &phone)
{
    if (phone.isEmpty())
        return {};
    QString digits = phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
    return QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(escaped(digits), escaped(phone));
}

QString DetailView::row(const QString &label, const QString &html)
{
    if (html.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(label), html);
}

QString DetailView::moreLine(int shown, int total)
{
    if (total <= shown)
        return {};
    return QStringLiteral("<li><i>%1</i></li>")
        .arg(tr("… and %1 more").arg(QLocale().toString(total - shown)));
}

void DetailView::follow(const QUrl &url)
{
    if (url.scheme() == recordScheme) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        const std::optional<EntityKind> kind = entityKindOfTable(parts.value(0));
        if (kind && *kind != EntityKind::CampaignPartner)
            emit openRecordRequested(*kind, parts.value(1));
        return;
    }
    // Only web, mail and phone links leave the app, and only when the user clicks them.
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto") || url.scheme() == QLatin1String("tel"))
        QDesktopServices::openUrl(url);
}
