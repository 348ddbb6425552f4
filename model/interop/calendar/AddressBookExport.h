#pragma once

#include <QByteArray>

class Database;

// Contacts as vCard 4.0 (RFC 6350) for address books: FN, N, ORG, TITLE, EMAIL, TEL,
// URL (the organization's website), NOTE, and a UID from the record id.
namespace AddressBookExport {

QByteArray contacts(Database &database);

} // namespace AddressBookExport
