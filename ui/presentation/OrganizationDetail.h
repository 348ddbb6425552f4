#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// What the Organizations page's detail pane shows of a partner: its details, its
// people, the campaigns it joined (with its role) and its first open action items.
class OrganizationDetail
{
    // The pane's texts keep the translation context of the page they were written for.
    Q_DECLARE_TR_FUNCTIONS(OrganizationsPage)

public:
    // The pane's rich text for the organization with this id; a prompt to choose one
    // when there is no such organization.
    static QString html(Database &database, const QString &id);

private:
    static QString people(Database &database, const QString &organizationId);
    static QString campaigns(Database &database, const QString &organizationId);
    static QString openActionItems(Database &database, const QString &organizationId);
};
