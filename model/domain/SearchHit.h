#pragma once

#include "model/domain/EntityKind.h"

#include <QString>

struct SearchHit
{
    EntityKind kind;
    QString id;
    QString title;
    QString detail; // a second line: acronym, role, status or due date
};
