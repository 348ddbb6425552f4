#pragma once

#include "model/domain/EntityKind.h"

#include <QMetaType>
#include <QSet>
#include <QString>

// One committed change to one record, as the ChangeNotifier reports it.
// fields holds the column names that changed (empty for creates and deletes), so a
// model can ignore edits to columns it does not show.
struct Change
{
    enum class Type
    {
        Created,
        Updated,
        Deleted
    };

    EntityKind entity = EntityKind::ActionItem;
    Type type = Type::Updated;
    QString id;
    QSet<QString> fields;
};

Q_DECLARE_METATYPE(Change)
