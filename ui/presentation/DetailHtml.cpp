#include "ui/presentation/DetailHtml.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

const QString recordScheme = QStringLiteral("coalition");

} // namespace

QString DetailHtml::escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString DetailHtml::recordLink(EntityKind kind, const QString &id, const QString &text)
{
    return QStringLiteral("<a href=\"%1:%2/%3\">%4</a>")
        .arg(recordScheme, tableName(kind), id, escaped(text));
}

std::optional<DetailHtml::RecordTarget> DetailHtml::recordTarget(const QUrl &url)
{
    if (url.scheme() != recordScheme)
        return std::nullopt;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    const std::optional<EntityKind> kind = entityKindOfTable(parts.value(0));
    if (!kind || *kind == EntityKind::CampaignPartner || parts.value(1).isEmpty())
        return std::nullopt;
    return RecordTarget{*kind, parts.value(1)};
}

QString DetailHtml::webLink(const QString &address)
{
    if (address.isEmpty())
        return {};
    const QUrl url(address);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(url.toString(QUrl::FullyEncoded)), escaped(url.host() + url.path()));
}

QString DetailHtml::mailLink(const QString &email)
{
    if (email.isEmpty())
        return {};
    return QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(escaped(email));
}

QString DetailHtml::phoneLink(const QString &phone)
{
    if (phone.isEmpty())
        return {};
    QString digits = phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
    return QStringLiteral("<a href=\"tel:%1\">%2</a>").arg(escaped(digits), escaped(phone));
}

QString DetailHtml::row(const QString &label, const QString &html)
{
    if (html.isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(label), html);
}

QString DetailHtml::title(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

QString DetailHtml::list(const QString &heading, const QStringList &items, const QString &more)
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><ul>%2%3</ul>")
        .arg(escaped(heading), items.join(QString()), more);
}

QString DetailHtml::paragraph(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p>%1</p>").arg(escaped(text));
}

QString DetailHtml::moreLine(int shown, int total)
{
    if (total <= shown)
        return {};
    return QStringLiteral("<li><i>%1</i></li>")
        .arg(tr("… and %1 more").arg(QLocale().toString(total - shown)));
}
