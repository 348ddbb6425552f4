#pragma once

#include "model/records/EndedCampaigns.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

// The coalition grid's reads: organizations as rows, campaigns as columns, and for each
// pair the organization's part in the campaign (its partnership's role) and its open
// action items there. The rows and columns are only ids and names; the cells are read a
// block of rows at a time, for the rows a view shows, so 10,000 organizations by 500
// campaigns cost what the visible part does.
namespace CoalitionGrid {

struct Heading
{
    QString id;
    QString name;
};

struct Filter
{
    QString organizationKind; // "" for any
    QString tag;              // an organization's tag, "" for any
    QString text;             // part of an organization's name or acronym
    QString campaignStatus;   // one status, or "" for every one not ended (or all, below)
    EndedCampaigns::Shown ended = EndedCampaigns::Shown::Hidden;
};

struct Cell
{
    QString partnerId; // the partnership, or "" when the organization has no part
    QString role;
    int openItems = 0; // the organization's open action items in the campaign
};
using CellKey = QPair<QString, QString>; // organization id, campaign id

// By name, as the other pages list them.
QVector<Heading> organizations(Database &database, const Filter &filter);
QVector<Heading> campaigns(Database &database, const Filter &filter);
// Every cell with a partnership or an open item, of these organizations.
QHash<CellKey, Cell> cells(Database &database, const QStringList &organizationIds);

} // namespace CoalitionGrid
