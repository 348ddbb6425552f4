#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class Database;

// A field's stored value as the window shows it: a date in the locale, an instant in
// local time, a campaign or organization by its name, a status by its label, "(empty)"
// for none. For the conflicts view and the merge dialog, which show values of any field.
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    static QString show(Database &database, const QString &table, const QString &column,
                        const std::optional<QString> &value);
};
