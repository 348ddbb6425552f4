#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <variant>

// One member of a record type and the column that stores it: each repository lists
// its type's members once, and storing a record, reading a row and setting a field by
// its column name (a CSV import, the sample data) all go through that list. What a
// column may hold (NULL for "none", its kind) is the field catalogue's.
template<class T> struct RecordMember
{
    using Pointer =
        std::variant<QString T::*, QDate T::*, QDateTime T::*, QStringList T::*, bool T::*>;

    QString column;
    Pointer pointer;

    // The value as the column stores it: dates as ISO text, instants as UTC ISO text
    // with milliseconds, a list one entry per line, a flag as "yes" or ""; NULL for an
    // empty nullable value.
    QVariant stored(const T &record, bool nullable) const
    {
        QString text;
        if (auto member = std::get_if<QString T::*>(&pointer)) {
            text = record.**member;
        } else if (auto date = std::get_if<QDate T::*>(&pointer)) {
            text = (record.**date).isValid() ? (record.**date).toString(Qt::ISODate) : QString();
        } else if (auto instant = std::get_if<QDateTime T::*>(&pointer)) {
            const QDateTime value = record.**instant;
            text = value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
        } else if (auto flag = std::get_if<bool T::*>(&pointer)) {
            text = record.**flag ? QStringLiteral("yes") : QString();
        } else {
            text = (record.**std::get_if<QStringList T::*>(&pointer)).join(QLatin1Char('\n'));
        }
        return nullable && text.isEmpty() ? QVariant() : QVariant(text);
    }

    // Sets the member from a value in the column's stored form (see stored()).
    void load(T &record, const QVariant &value) const
    {
        const QString text = value.toString();
        if (auto member = std::get_if<QString T::*>(&pointer))
            record.**member = text;
        else if (auto date = std::get_if<QDate T::*>(&pointer))
            record.**date = QDate::fromString(text, Qt::ISODate);
        else if (auto instant = std::get_if<QDateTime T::*>(&pointer))
            record.**instant = QDateTime::fromString(text, Qt::ISODateWithMs);
        else if (auto flag = std::get_if<bool T::*>(&pointer))
            record.**flag = text == QLatin1String("yes");
        else
            record.**std::get_if<QStringList T::*>(&pointer) =
                text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};
