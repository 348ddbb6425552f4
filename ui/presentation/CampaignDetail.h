#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

// What the Campaigns page's right pane shows of a campaign: the ask, status, target,
// dates and links as rich text; its partners with their roles; its first action items.
class CampaignDetail
{
    // The pane's texts keep the translation context of the page they were written for.
    Q_DECLARE_TR_FUNCTIONS(CampaignsPage)

public:
    struct PartnerRow
    {
        QString partnershipId;
        QString organizationId;
        QString organization;
        QString role; // translated label
        QString commitment;
    };
    struct ActionRow
    {
        QString id;
        QString due; // ISO date or empty
        QString title;
        QString status; // translated label
    };
    struct ActionRows
    {
        QVector<ActionRow> rows; // the first DetailHtml::listLimit
        QString more;            // "… and N more on the Action items page", or empty
    };

    // The rich text for the campaign with this id; a prompt to choose one when there is
    // no such campaign.
    static QString html(Database &database, const QString &id);
    static QVector<PartnerRow> partners(Database &database, const QString &id);
    static ActionRows actionItems(Database &database, const QString &id);
};
