#include "model/interop/csv/CsvCells.h"

#include "model/domain/RecurrenceRule.h"
#include "model/domain/ValidationError.h"

#include <QCoreApplication>
#include <QStringList>

namespace CsvCells {

QString flag(const QString &text, const QString &column)
{
    static const QStringList yes = {QStringLiteral("yes"),  QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("x"),    QStringLiteral("sí"),
                                    QStringLiteral("si"),   QStringLiteral("verdadero")};
    static const QStringList no = {QString(),           QStringLiteral("no"),
                                   QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("falso")};
    const QString word = text.trimmed().toLower();
    if (yes.contains(word))
        return QStringLiteral("yes");
    if (no.contains(word))
        return QString();
    throw ValidationError(
        column,
        QCoreApplication::translate("CsvImport", "\"%1\" is not yes or no.").arg(text.trimmed()));
}

QString ruleCell(const QString &rule)
{
    if (!RecurrenceRule::isValid(rule))
        return rule; // a newer Coalition's rule this one cannot read: as it is
    return RecurrenceRule::fromText(rule).describe() + QStringLiteral(" [") + rule +
           QLatin1Char(']');
}

QString ruleFrom(const QString &text, const QString &column)
{
    QString value = text.trimmed();
    const int open = int(value.lastIndexOf(QLatin1Char('[')));
    if (open >= 0 && value.endsWith(QLatin1Char(']')))
        value = value.mid(open + 1, value.size() - open - 2);
    return value.isEmpty() ? QString() : RecurrenceRule::fromText(value, column).text();
}

} // namespace CsvCells
