#include "model/domain/Validation.h"

#include "model/domain/ValidationError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace Validation {

QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QDate optionalDate(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QDate date = parseDate(trimmed);
    if (!date.isValid())
        throw ValidationError(field, QCoreApplication::translate("Validation",
                                                                 "\"%1\" is not a date. Use "
                                                                 "YYYY-MM-DD, such as 2021-12-30.")
                                         .arg(trimmed));
    return date;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s\"<>,;]+@[^@\\s\"<>,;.]+(\\.[^@\\s\"<>,;.]+)+$"));
    return shape.match(text).hasMatch();
}

std::optional<QString> normalizedWebAddress(const QString &text)
{
    QString candidate = text.trimmed();
    if (candidate.isEmpty() || candidate.contains(QRegularExpression(QStringLiteral("\\s"))))
        return std::nullopt;
    if (!candidate.contains(QLatin1String("://")))
        candidate.prepend(QLatin1String("https://"));
    const QUrl url(candidate, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return std::nullopt;
    const QString host = url.host();
    if (!host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.')) ||
        host.endsWith(QLatin1Char('.')))
        return std::nullopt;
    return candidate;
}

bool isPhone(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9+().\\-/ x]+$"));
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 5 && shape.match(text.trimmed().toLower()).hasMatch();
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QStringList normalizedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (QString tag : tags) {
        tag = tag.simplified().remove(QLatin1Char(','));
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        result << tag;
    }
    return result;
}

QString joinTags(const QStringList &tags)
{
    return normalizedTags(tags).join(QStringLiteral(", "));
}

QStringList splitTags(const QString &stored)
{
    return normalizedTags(stored.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

} // namespace Validation
