#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// What the Contacts page's detail pane shows of a person: role, organization (a link),
// email and phone (links to the mail and phone apps), tags and notes.
class ContactDetail
{
    // The pane's texts keep the translation context of the page they were written for.
    Q_DECLARE_TR_FUNCTIONS(ContactsPage)

public:
    // The pane's rich text for the contact with this id; a prompt to choose one when
    // there is no such contact.
    static QString html(Database &database, const QString &id);
};
