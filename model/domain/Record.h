#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

// What every stored record carries besides its own fields.
struct Record
{
    QString id;        // UUID without braces; assigned on create when empty
    QString createdAt; // UTC, ISO 8601 with milliseconds
    QString updatedAt;
    QString updatedBy; // author name of the last change
    QStringList tags;
    // Fields the field catalogue has and this record type does not name, by column: a
    // field added by a later migration reads, writes, syncs and exports before any code
    // knows it by name.
    QMap<QString, QVariant> extra;
};
