#pragma once

#include "model/domain/Record.h"

struct Contact : Record
{
    QString name;
    QString role;
    QString organizationId; // empty when the person has no organization
    QString email;
    QString phone;
    QString notes;
};
