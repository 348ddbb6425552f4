#pragma once

#include <QString>
#include <QStringList>

// What every stored record carries besides its own fields.
struct Record
{
    QString id;        // UUID without braces; assigned on create when empty
    QString createdAt; // UTC, ISO 8601 with milliseconds
    QString updatedAt;
    QString updatedBy; // author name of the last change
    QStringList tags;
};
