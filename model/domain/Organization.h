#pragma once

#include "model/domain/Record.h"

struct Organization : Record
{
    QString name;
    QString acronym;
    QString kind; // nonprofit, coalition, network, government, media, university, funder…
    QString region;
    QString website;
    QString email;
    QString phone;
    QString description;
};
